import { describe, expect, it } from 'vitest';
import { type Pdf, renderPdf } from './document';
import { FONT } from './fonts';
import { type Block, layoutColumns, TABLE_STYLE, TableWriter } from './table';
import { hasPoppler, NO_POPPLER, pdfPages } from './testing/poppler';
import { measure, put } from './text';

const setup = {
  paper: 'a4' as const,
  title: 'Table',
  author: 'Test',
  createdAt: new Date('2026-11-23T12:00:00Z'),
  footer: 'Test shop',
};

function heading(text: string, height = 30): Block {
  return {
    height,
    draw: (pdf, top) => {
      put(pdf.doc, text, pdf.left, top + height - 8, { font: FONT.bold, size: 10 });
    },
  };
}

describe('columns', () => {
  it('fits columns to their widest text, gives the rest to the flexible one up to its maximum', async () => {
    await renderPdf(setup, (pdf) => {
      pdf.addPage();
      const amounts = ['£1.00', '£12,345.67', '£999.99'];
      const { columns, fits, width } = layoutColumns(
        pdf,
        [
          { header: 'Ref', fit: ['C1', 'C0001'] },
          { header: 'Name', flex: 1, max: 200 },
          { header: 'Amount', align: 'right', fit: amounts },
        ],
        500,
      );
      expect(fits).toBe(true);
      expect(columns[1]!.width).toBe(200);
      expect(width).toBeCloseTo(500, 6);
      const widest = measure(pdf.doc, '£12,345.67', { font: FONT.bold, size: TABLE_STYLE.size });
      expect(columns[2]!.width).toBeGreaterThanOrEqual(widest + 2 * TABLE_STYLE.padX);
      expect(columns[2]!.align).toBe('right');
      const tight = layoutColumns(
        pdf,
        [
          { header: 'Name', flex: 1, min: 150 },
          { header: 'Amount', fit: amounts },
        ],
        180,
      );
      expect(tight.fits).toBe(false);
    });
  });
});

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('tables over pages', () => {
  async function longTable() {
    const placed: { page: number; top: number; height: number; bottom: number }[] = [];
    let onNewPage = 0;
    const bytes = await renderPdf(setup, (pdf: Pdf) => {
      pdf.addPage('portrait');
      const { columns } = layoutColumns(
        pdf,
        [
          { header: 'Invoice', flex: 1, wrap: true },
          { header: 'Due date', fit: ['23/11/2026'] },
          { header: 'Still owed', align: 'right', fit: ['£10,000.00'] },
        ],
        pdf.width,
      );
      const table = new TableWriter(pdf, {
        columns,
        onNewPage: (p) => {
          onNewPage++;
          put(p.doc, 'Running header', p.left, p.y + 9, { font: FONT.regular, size: 8 });
          p.y += 14;
        },
      });
      table.start();
      const record = (r: { top: number; height: number }) =>
        placed.push({ ...r, page: pdf.doc.bufferedPageRange().count, bottom: pdf.bottom });
      for (let g = 1; g <= 4; g++) {
        table.startGroup(heading(`Group ${g}`), heading(`Group ${g} (continued)`, 20));
        for (let i = 1; i <= 25; i++) {
          // Every seventh row wraps to three lines: rows of different heights meet the page foot.
          const name =
            i % 7 === 0
              ? `INV-${g}-${i} a long description that takes more than one line of the column`
              : `INV-${g}-${i}`;
          record(table.row([name, '23/11/2026', '£1,000.00'], i === 25 ? { keepWith: table.rowHeight } : {}));
        }
        record(table.row([{ text: `Total for group ${g}`, span: 2 }, '£25,000.00'], { kind: 'subtotal' }));
        table.endGroup();
      }
    });
    return { bytes, placed, onNewPage };
  }

  it('repeats the header row on every page and never splits a row', async () => {
    const { bytes, placed, onNewPage } = await longTable();
    const pages = pdfPages(bytes);
    expect(pages.length).toBe(3);
    expect(onNewPage).toBe(2);
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of 3`);
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      const header = lines.findIndex((l) => /Invoice\s+Due date\s+Still owed/.test(l));
      expect(header).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThanOrEqual(1);
      if (i > 0) expect(lines[0]).toContain('Running header');
    });
    for (const row of placed) expect(row.top + row.height).toBeLessThanOrEqual(row.bottom + 1e-9);
    // Three-line rows are whole on their page: the description is never cut between pages.
    expect(pages.join('\n')).toContain('a long description that takes');
  });

  it('says "(continued)" under the header when a group goes on, and keeps a last row with its total', async () => {
    const { bytes } = await longTable();
    const pages = pdfPages(bytes);
    const continued = pages.slice(1).filter((p) => /Group \d \(continued\)/.test(p));
    expect(continued.length).toBe(2);
    for (const page of pages) {
      const lines = page.split('\n').filter((l) => l.trim() !== '');
      // A total is never the first row of a page: its group's last invoice came with it.
      const firstRow = lines.findIndex((l) => /INV-|Total for/.test(l));
      expect(lines[firstRow]).not.toMatch(/^\s*Total for/);
      // A group heading is never the last thing on a page.
      const last = lines.filter((l) => !/Page \d of/.test(l)).at(-1)!;
      expect(last).not.toMatch(/^\s*Group \d\s*$/);
    }
  });
});

describe.skipIf(!hasPoppler)('groups kept together', () => {
  /** Groups of `rows` rows with a heading and a total; keepTogether asked for or not. */
  async function groups(rows: number, keep: boolean) {
    const bytes = await renderPdf(setup, (pdf: Pdf) => {
      pdf.addPage('portrait');
      const { columns } = layoutColumns(
        pdf,
        [
          { header: 'Invoice', flex: 1 },
          { header: 'Still owed', align: 'right', fit: ['£1,000.00'] },
        ],
        pdf.width,
      );
      const table = new TableWriter(pdf, {
        columns,
        onNewPage: (p) => {
          p.y += 14;
        },
      });
      table.start();
      for (let g = 1; g <= 12; g++) {
        const head = heading(`Group ${g}`);
        table.startGroup(head, heading(`Group ${g} (continued)`, 20));
        const total = table.measureRow(['Total', '£1.00'], 'subtotal');
        if (keep) table.keepTogether(head.height + rows * table.rowHeight + total);
        for (let i = 1; i <= rows; i++) {
          table.row([`INV-${g}-${i}`, '£1,000.00'], i === rows ? { keepWith: total } : {});
        }
        table.row([`Total for group ${g}`, '£1,000.00'], { kind: 'subtotal' });
        table.endGroup();
      }
    });
    return pdfPages(bytes);
  }

  it('moves a group that fits on a page to the next page rather than splitting it', async () => {
    // Without keepTogether, groups of 9 rows do split (so the check below can fail).
    expect((await groups(9, false)).some((p) => p.includes('(continued)'))).toBe(true);
    const pages = await groups(9, true);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page).not.toContain('(continued)');
      // Every group that starts on a page ends on it.
      for (const m of page.matchAll(/Group (\d+)\s*\n/g)) expect(page).toContain(`Total for group ${m[1]}`);
    }
  });

  it('lets a group taller than a page break where it stands, saying "(continued)"', async () => {
    const pages = await groups(60, true);
    expect(pages[0]).toContain('Group 1');
    expect(pages[1]).toContain('Group 1 (continued)');
  });
});
