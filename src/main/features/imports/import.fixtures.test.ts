import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixture } from '../../testing/fixtures';
import { createTestCtx } from '../../testing/test-app';
import { ageingReport } from '../ageing/ageing.service';
import { runImport } from './import.service';

// Each real-layout export imported into fresh books, checked against docs/import-formats.md's
// worked expectations (fixtures/exports/expected-results.json): every invoice's total, dates and
// open balance after allocation, to the cent.

interface Expected {
  invoices?: { number: string; issue_date: string; due_date?: string; total: number }[];
  credit_notes?: unknown[];
  open_after_allocation?: Record<string, number>;
}
const expected: Record<string, Expected> = JSON.parse(
  fs.readFileSync(path.join(FIXTURES, 'expected-results.json'), 'utf8'),
).files;

const cases: { files: string[]; layouts: string[]; expect: string }[] = [
  {
    files: ['quickbooks-online-invoice-list.csv'],
    layouts: ['QuickBooks Online invoice or transaction list'],
    expect: 'quickbooks-online-invoice-list.csv',
  },
  {
    files: ['quickbooks-desktop-ar-aging-detail.csv'],
    layouts: ['QuickBooks Desktop A/R Aging Detail'],
    expect: 'quickbooks-desktop-ar-aging-detail.csv',
  },
  {
    files: ['quickbooks-general-journal.csv'],
    layouts: ['QuickBooks journal'],
    expect: 'quickbooks-general-journal.csv',
  },
  { files: ['xero-invoices.csv'], layouts: ['Xero sales invoices export'], expect: 'xero-invoices.csv' },
  { files: ['wave-invoices.csv'], layouts: ['Wave transactions export'], expect: 'wave-invoices.csv' },
  { files: ['zoho-invoices.csv'], layouts: ['Zoho invoices export'], expect: 'zoho-invoices.csv' },
  {
    files: ['zoho-invoices.csv', 'zoho-customer-payments.csv'],
    layouts: ['Zoho invoices export', 'Zoho customer payments export'],
    expect: 'zoho-invoices.csv',
  },
  {
    files: ['invoice-ninja-invoices.csv'],
    layouts: ['Invoice Ninja invoices export'],
    expect: 'invoice-ninja-invoices.csv',
  },
  {
    files: ['freshbooks-invoices.csv'],
    layouts: ['FreshBooks invoice details export'],
    expect: 'freshbooks-invoices.csv',
  },
  {
    files: ['sage-customers.csv', 'sage-invoices.csv'],
    layouts: ['Sage customer list', 'Sage audit trail of sales transactions'],
    expect: 'sage-invoices.csv',
  },
  {
    files: ['spreadsheet-invoices.csv'],
    layouts: ['spreadsheet of invoices'],
    expect: 'spreadsheet-invoices.csv',
  },
  { files: ['till-sales.csv'], layouts: ['till (point of sale) journal'], expect: 'till-sales.csv' },
  {
    files: ['canonical-customers.csv', 'canonical-invoices.csv', 'canonical-payments.csv'],
    layouts: ['Duly customers file', 'Duly invoices file', 'Duly payments file'],
    expect: 'canonical-customers.csv + canonical-invoices.csv + canonical-payments.csv',
  },
];

describe('real exports, recognised and imported without editing', () => {
  it.each(cases)('$files', async ({ files, layouts, expect: key }) => {
    const ctx = await createTestCtx('2026-11-23');
    const summary = runImport(
      ctx,
      files.map((f) => fixture(f)),
    );
    expect(summary.files.map((f) => f.layout)).toEqual(layouts);
    const want = expected[key]!;
    const rows = ctx.books
      .prepare('SELECT number, issue_date, due_date, total, open_amount FROM invoices ORDER BY number')
      .all() as {
      number: string;
      issue_date: string;
      due_date: string;
      total: number;
      open_amount: number;
    }[];
    const got = new Map(rows.map((r) => [r.number, r]));
    expect(rows.length).toBe(want.invoices!.length);
    for (const inv of want.invoices!) {
      const row = got.get(String(inv.number));
      expect(row, inv.number).toBeDefined();
      expect(row!.total, `${inv.number} total`).toBe(inv.total);
      expect(row!.issue_date, `${inv.number} issue date`).toBe(inv.issue_date);
      if (inv.due_date) expect(row!.due_date, `${inv.number} due date`).toBe(inv.due_date);
    }
    for (const [number, open] of Object.entries(want.open_after_allocation ?? {})) {
      expect(got.get(number)?.open_amount, `${number} open`).toBe(open);
    }
    expect(ctx.books.prepare('SELECT COUNT(*) FROM credit_notes').pluck().get()).toBe(
      want.credit_notes?.length ?? 0,
    );
    // Whatever the layout, the books balance: open invoices minus credit is each customer's balance.
    const ageing = ageingReport(ctx);
    expect(ageing.buckets.reduce((s, b) => s + b.amount, 0)).toBe(ageing.totalOpen);
  });

  it('applies a Zoho payment to the several invoices it names, leaving the unused part as credit', async () => {
    const ctx = await createTestCtx();
    runImport(ctx, [fixture('zoho-invoices.csv'), fixture('zoho-customer-payments.csv')]);
    const unapplied = ctx.books.prepare('SELECT ref, amount, unapplied FROM payments ORDER BY ref').all();
    expect(unapplied).toEqual([
      { ref: '21', amount: 23000, unapplied: 2820 },
      { ref: '22', amount: 10000, unapplied: 0 },
      { ref: '23', amount: 2000, unapplied: 2000 },
    ]);
    const targets = ctx.books
      .prepare(
        'SELECT i.number, t.amount FROM payment_targets t JOIN invoices i ON i.id = t.invoice_id ORDER BY t.payment_id, t.position',
      )
      .all();
    expect(targets).toEqual([
      { number: 'INV-000101', amount: 13780 },
      { number: 'INV-000106', amount: 6400 },
      { number: 'INV-000102', amount: 10000 },
    ]);
  });

  it('reads Windows-1252 and a byte-order mark, keeps long numeric ids as text, and a quoted cell over two lines', async () => {
    const ctx = await createTestCtx();
    const s = runImport(ctx, [
      fixture('sage-customers.csv'),
      fixture('sage-invoices.csv'),
      fixture('spreadsheet-invoices.csv'),
    ]);
    expect(s.files.map((f) => f.encoding)).toEqual([
      'windows-1252',
      'windows-1252',
      'utf-8 (with byte-order mark)',
    ]);
    const names = ctx.books.prepare('SELECT ref, name FROM customers ORDER BY ref').all();
    expect(names).toContainEqual({ ref: 'CAFEMUEL', name: 'Café Müller' });
    expect(names).toContainEqual({ ref: '004500012345678901', name: 'Café Müller' });
    expect(names).toContainEqual({ ref: '004500012345678903', name: 'Ørsted Bikes' });
  });

  it('says what it did: skipped drafts, due dates from terms, payments implied by paid columns and their dates', async () => {
    const ctx = await createTestCtx('2026-11-23');
    const qbo = runImport(ctx, [fixture('quickbooks-online-invoice-list.csv')]);
    expect(qbo.files[0]).toMatchObject({
      tool: 'QuickBooks',
      headerRow: 5,
      dateFormat: 'MM/DD/YYYY',
      exportDate: '2026-01-05',
    });
    expect(qbo.toAdd).toEqual({ customers: 5, invoices: 8, payments: 4, creditNotes: 0 });
    expect(qbo.notes.join(' ')).toMatch(
      /so 4 payments are recorded from the paid and balance columns: 4 dated 05\/01\/2026, the day the report was exported/,
    );
    const paid = ctx.books.prepare("SELECT ref, date, amount FROM payments WHERE ref = 'PAID-1007'").get();
    expect(paid).toEqual({ ref: 'PAID-1007', date: '2026-01-05', amount: 60250 });

    const xero = runImport(await createTestCtx('2026-11-23'), [fixture('xero-invoices.csv')]);
    expect(xero.files[0]!.skipped).toEqual([{ reason: 'draft invoice', count: 1 }]);
    expect(xero.files[0]!.dateFormat).toBe('DD/MM/YYYY');
    expect(xero.notes.join(' ')).toMatch(/dated today \(23\/11\/2026\), as the file does not say when/);

    const journal = runImport(await createTestCtx(), [fixture('quickbooks-general-journal.csv')]);
    expect(journal.files[0]!.skipped).toEqual([
      { reason: 'expense', count: 1 },
      { reason: 'bill', count: 1 },
      { reason: 'journal entry', count: 1 },
    ]);
    expect(journal.notes).toContain('4 invoices have no due date; it is worked out from the payment terms.');
  });

  it('takes the currency a file states into empty books, and refuses a second currency later', async () => {
    const ctx = await createTestCtx();
    const s = runImport(ctx, [fixture('zoho-invoices.csv')]);
    expect(s.currencyChange).toBe('EUR');
    expect(ctx.books.prepare('SELECT currency FROM settings').pluck().get()).toBe('EUR');
    expect(() => runImport(ctx, [fixture('invoice-ninja-invoices.csv')])).toThrow(
      /in USD, but these books are kept in EUR/,
    );
  });

  it('refuses a summary report and says which export to use instead', async () => {
    const ctx = await createTestCtx();
    expect(() => runImport(ctx, [fixture('xero-aged-receivables.csv')])).toThrow(
      /Business › Invoices › Export/,
    );
    expect(ctx.books.prepare('SELECT COUNT(*) FROM customers').pluck().get()).toBe(0);
  });
});
