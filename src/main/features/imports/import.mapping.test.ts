import { describe, expect, it } from 'vitest';
import { csv, fixture } from '../../testing/fixtures';
import { createTestCtx } from '../../testing/test-app';
import { analyseImport, runImport } from './import.service';

const odd =
  'Bill No;Client;When;Sum;Remarks\nB-1;Alpha Ltd;2026-01-05;120,00;first\nB-2;Beta;2026-02-01;80,50;\n';

describe("the owner's own column mapping", () => {
  it('shows the header, the first rows and the columns Duly chose', async () => {
    const ctx = await createTestCtx();
    const a = analyseImport(ctx, [fixture('xero-invoices.csv')]);
    const file = a.files[0]!;
    expect(file.header.slice(0, 3)).toEqual(['ContactName', 'EmailAddress', 'POAddressLine1']);
    expect(file.preview).toHaveLength(5);
    expect(file.preview[0]?.[0]).toBe('Café Müller');
    expect(file.columns).toMatchObject({
      number: 'InvoiceNumber',
      issueDate: 'InvoiceDate',
      total: 'Total',
      customerName: 'ContactName',
    });
    expect(file.mapped).toBe(false);
  });

  it('reads a file Duly does not recognise once the owner says which column is which', async () => {
    const ctx = await createTestCtx();
    const unknown = analyseImport(ctx, [csv('odd.csv', odd)]);
    expect(unknown.problems[0]?.message).toMatch(/could not tell what this file holds/);
    // Even unrecognised, the file's first rows come back as main read them, for the mapping screen.
    expect(unknown.files[0]?.rawRows.slice(0, 2)).toEqual([
      ['Bill No', 'Client', 'When', 'Sum', 'Remarks'],
      ['B-1', 'Alpha Ltd', '2026-01-05', '120,00', 'first'],
    ]);
    const mapping = {
      kind: 'invoices' as const,
      columns: { number: 'Bill No', customerName: 'Client', issueDate: 'When', total: 'Sum' },
    };
    const s = runImport(ctx, [{ ...csv('odd.csv', odd), mapping }]);
    expect(s.files[0]).toMatchObject({ mapped: true, layout: 'spreadsheet of invoices', decimal: ',' });
    expect(ctx.books.prepare('SELECT number, total FROM invoices ORDER BY number').all()).toEqual([
      { number: 'B-1', total: 12000 },
      { number: 'B-2', total: 8050 },
    ]);
  });

  it('says what is missing or wrong in a mapping', async () => {
    const ctx = await createTestCtx();
    const problem = (mapping: Parameters<typeof analyseImport>[1][number]['mapping']) =>
      analyseImport(ctx, [{ ...csv('odd.csv', odd), ...(mapping ? { mapping } : {}) }]).problems[0]?.message;
    expect(problem({ kind: 'invoices', columns: { number: 'Bill No', issueDate: 'When' } })).toBe(
      'Choose a column for: Total, Customer reference or Customer name.',
    );
    expect(
      problem({
        kind: 'invoices',
        columns: { number: 'Invoice', issueDate: 'When', total: 'Sum', customerName: 'Client' },
      }),
    ).toBe('Row 1 has no column called "Invoice".');
    expect(problem({ kind: 'invoices', headerRow: 9, columns: {} })).toBe(
      'The file has no row 9 to take the column names from.',
    );
  });
});
