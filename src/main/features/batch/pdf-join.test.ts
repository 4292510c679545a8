import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSections } from '../../pdf/document';
import { FONT } from '../../pdf/fonts';
import { pdfPageCount } from '../../pdf/page-count';
import { hasPoppler, NO_POPPLER, pdfFonts, pdfInfo, pdfPages } from '../../pdf/testing/poppler';
import { put } from '../../pdf/text';
import { splitPdf } from '../delivery/pdf-split';
import { tempDir } from './batch.fixture';
import { joinPdfs } from './pdf-join';

// Pieces drawn apart, joined into one file: read back with poppler and checked with qpdf (when
// installed), as a viewer and a printer would take it.

const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;
let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function qpdf(bytes: Uint8Array, ...args: string[]): { ok: boolean; out: string } {
  const file = path.join(dir, `q-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  const r = spawnSync('qpdf', [...args, file], { encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

/** A piece as a batch thread draws it: sections of `pages` pages each, numbered on their own. */
async function piece(names: string[], pages: number[]) {
  return renderSections(
    {
      paper: 'a4',
      title: 'Statements',
      author: 'Corner Shop',
      lang: 'en-GB',
      createdAt: new Date('2026-11-23T12:00:00Z'),
      footer: 'Corner Shop',
    },
    names.map((name, n) => ({
      key: name,
      bookmark: name,
      draw: (pdf) => {
        for (let p = 1; p <= pages[n]!; p++) {
          pdf.addPage('portrait');
          put(pdf.doc, `${name} page ${p}`, pdf.left, pdf.top, { font: FONT.bold, size: 14, color: '#000' });
        }
      },
    })),
  );
}

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('joining pieces', () => {
  it('puts every page in order behind one page tree, with a bookmark per part', async () => {
    const a = await piece(['Łukasz', 'Zoë'], [1, 2]);
    const b = await piece(['Ярослав'], [3]);
    const c = await piece(['Σοφία'], [1]);
    const joined = joinPdfs([a.bytes, b.bytes, c.bytes], {
      title: 'Statements, 4 customers',
      bookmarks: [
        { title: 'Łukasz (C1)', page: 1 },
        { title: 'Zoë (C2)', page: 2 },
        { title: 'Ярослав (C3)', page: 4 },
        { title: 'Σοφία (C4)', page: 7 },
      ],
    });
    expect(pdfPageCount(joined)).toBe(7);
    const pages = pdfPages(joined).map((p) => p.trim().split('\n')[0]?.trim());
    expect(pages).toEqual([
      'Łukasz page 1',
      'Zoë page 1',
      'Zoë page 2',
      'Ярослав page 1',
      'Ярослав page 2',
      'Ярослав page 3',
      'Σοφία page 1',
    ]);
    const info = pdfInfo(joined);
    expect(info.Title).toBe('Statements, 4 customers');
    expect(info.Author).toBe('Corner Shop');
    // Each piece brought its own subsets of the two fonts; every one is embedded.
    const fonts = pdfFonts(joined)
      .split('\n')
      .filter((l) => /NotoSans/.test(l));
    expect(fonts).toHaveLength(6);
    for (const font of fonts) expect(font).toMatch(/ yes +yes /);
    if (hasQpdf) {
      expect(qpdf(joined, '--check').ok).toBe(true);
      const outline = JSON.parse(qpdf(joined, '--json', '--json-key=outlines').out).outlines as {
        title: string;
        destpageposfrom1: number;
      }[];
      expect(outline.map((o) => [o.title, o.destpageposfrom1])).toEqual([
        ['Łukasz (C1)', 1],
        ['Zoë (C2)', 2],
        ['Ярослав (C3)', 4],
        ['Σοφία (C4)', 7],
      ]);
    }
  });

  it('joins into a file that splits again, part by part', async () => {
    const a = await piece(['One', 'Two'], [2, 1]);
    const b = await piece(['Three'], [2]);
    const joined = joinPdfs([a.bytes, b.bytes]);
    const parts = splitPdf(joined, [
      { key: 'two', firstPage: 3, pageCount: 1 },
      { key: 'three', firstPage: 4, pageCount: 2 },
    ]);
    expect(pdfPages(parts.get('two')!).map((p) => p.trim().split('\n')[0])).toEqual(['Two page 1']);
    expect(pdfPages(parts.get('three')!)).toHaveLength(2);
    // No outline without bookmarks, and the first piece's title kept.
    expect(Buffer.from(joined).toString('latin1')).not.toContain('/Outlines');
    expect(pdfInfo(joined).Title).toBe('Statements');
  });

  it('refuses a bookmark outside the file, and nothing to join', async () => {
    const a = await piece(['One'], [1]);
    expect(() => joinPdfs([a.bytes], { bookmarks: [{ title: 'x', page: 2 }] })).toThrow(/page 2 of 1/);
    expect(() => joinPdfs([])).toThrow(/nothing to join/);
    expect(() => joinPdfs([new TextEncoder().encode('hello')])).toThrow(/not a PDF/);
  });
});
