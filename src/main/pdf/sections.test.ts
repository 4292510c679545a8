import { describe, expect, it } from 'vitest';
import { renderSections } from './document';
import { FONT } from './fonts';
import { pdfPageCount } from './page-count';
import { hasPoppler, NO_POPPLER, pdfInfo, pdfPages } from './testing/poppler';
import { put } from './text';

// Several documents in one PDF: each section starts on a new page, numbers its own pages and says
// where it lies, so a batch prints in one go and can be split per customer afterwards.

const setup = {
  paper: 'a4' as const,
  title: 'Statements',
  author: 'Harbour Lane Hardware',
  createdAt: new Date('2026-11-23T12:00:00Z'),
  footer: 'Harbour Lane Hardware',
};

/** A section of `pages` pages, each saying whose it is. */
const section = (key: string, pages: number, footer?: string) => ({
  key,
  title: `Statement for ${key}`,
  bookmark: key,
  ...(footer ? { footer } : {}),
  draw: (pdf: Parameters<Parameters<typeof renderSections>[1][number]['draw']>[0]) => {
    for (let i = 0; i < pages; i++) {
      pdf.addPage();
      put(pdf.doc, `${key} part ${i + 1}`, pdf.left, pdf.top + 20, { font: FONT.regular, size: 10 });
    }
  },
});

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('sections', () => {
  it('numbers each section’s pages on their own and returns where each lies', async () => {
    const { bytes, sections } = await renderSections(setup, [
      section('Anna', 1),
      section('Bryn', 3, 'Bryn’s own footer'),
      section('Cara', 2),
    ]);
    expect(sections).toEqual([
      { key: 'Anna', firstPage: 1, pageCount: 1, title: 'Statement for Anna' },
      { key: 'Bryn', firstPage: 2, pageCount: 3, title: 'Statement for Bryn' },
      { key: 'Cara', firstPage: 5, pageCount: 2, title: 'Statement for Cara' },
    ]);
    expect(pdfPageCount(bytes)).toBe(6);
    expect(pdfInfo(bytes).Pages).toBe('6');
    const pages = pdfPages(bytes);
    const expected = [
      ['Anna part 1', 'Page 1 of 1', 'Harbour Lane Hardware'],
      ['Bryn part 1', 'Page 1 of 3', 'Bryn’s own footer'],
      ['Bryn part 2', 'Page 2 of 3', 'Bryn’s own footer'],
      ['Bryn part 3', 'Page 3 of 3', 'Bryn’s own footer'],
      ['Cara part 1', 'Page 1 of 2', 'Harbour Lane Hardware'],
      ['Cara part 2', 'Page 2 of 2', 'Harbour Lane Hardware'],
    ];
    pages.forEach((p, i) => {
      for (const t of expected[i]!) expect(p).toContain(t);
    });
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Outlines/);
  });

  it('gives a section that draws nothing one empty page, and no sections one page', async () => {
    const empty = await renderSections(setup, [{ key: 'Eira', draw: () => {} }, section('Dewi', 1)]);
    expect(empty.sections.map((s) => [s.key, s.firstPage, s.pageCount])).toEqual([
      ['Eira', 1, 1],
      ['Dewi', 2, 1],
    ]);
    const none = await renderSections(setup, []);
    expect(none.sections).toEqual([]);
    expect(pdfInfo(none.bytes).Pages).toBe('1');
  });
});
