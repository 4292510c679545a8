import { describe, expect, it } from 'vitest';
import { renderPdf } from './document';
import { pdfPageCount } from './page-count';
import { hasPoppler, pdfInfo } from './testing/poppler';

const setup = {
  paper: 'a4' as const,
  title: 'Pages',
  author: 'Harbour Lane Hardware',
  createdAt: new Date('2026-11-23T12:00:00Z'),
  footer: 'Harbour Lane Hardware',
};

const pages = (n: number) =>
  renderPdf(setup, (pdf) => {
    for (let i = 0; i < n; i++) pdf.addPage(i % 2 === 0 ? 'portrait' : 'landscape');
  });

describe('pdfPageCount', () => {
  it('reads the page count of a document Duly wrote', async () => {
    expect(pdfPageCount(await pages(1))).toBe(1);
    const many = await pages(12);
    expect(pdfPageCount(many)).toBe(12);
    if (hasPoppler) expect(pdfInfo(many).Pages).toBe('12');
  });

  it('counts from a view into a larger buffer, and refuses what is not a PDF', async () => {
    const bytes = await pages(3);
    const padded = new Uint8Array(bytes.length + 20);
    padded.set(bytes, 10);
    expect(pdfPageCount(padded.subarray(10, 10 + bytes.length))).toBe(3);
    expect(() => pdfPageCount(new TextEncoder().encode('ref,name\n'))).toThrow(/no page tree/);
  });
});
