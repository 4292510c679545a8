import { describe, expect, it } from 'vitest';
import { DulyError } from '../../../shared/errors';
import type { Ctx } from '../../context';
import { csv, fixture } from '../../testing/fixtures';
import { createTestCtx } from '../../testing/test-app';
import { ageingReport } from '../ageing/ageing.service';
import type { ImportProgress } from './commit';
import { analyseImport, runImport } from './import.service';

const tables = (ctx: Ctx) =>
  Object.fromEntries(
    ['customers', 'invoices', 'payments', 'payment_targets', 'credit_notes', 'allocations'].map((t) => [
      t,
      ctx.books.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get(),
    ]),
  );

const canonical = () => [
  fixture('canonical-customers.csv'),
  fixture('canonical-invoices.csv'),
  fixture('canonical-payments.csv'),
];

describe('importing again', () => {
  it('adds nothing when the same rows come again, whatever the layout', async () => {
    for (const files of [
      canonical(),
      [fixture('quickbooks-online-invoice-list.csv')],
      [fixture('xero-invoices.csv')],
      [fixture('till-sales.csv')],
      [fixture('sage-customers.csv'), fixture('sage-invoices.csv')],
    ]) {
      const ctx = await createTestCtx();
      runImport(ctx, files);
      const before = tables(ctx);
      const ageing = ageingReport(ctx);
      const again = runImport(ctx, files);
      expect(again.toAdd).toEqual({ customers: 0, invoices: 0, payments: 0, creditNotes: 0 });
      expect(tables(ctx)).toEqual(before);
      expect(ageingReport(ctx)).toEqual(ageing);
    }
  });

  it('reports what was already there', async () => {
    const ctx = await createTestCtx();
    runImport(ctx, canonical());
    const again = runImport(ctx, canonical());
    expect(again.alreadyThere).toEqual({ customers: 5, invoices: 7, payments: 6, creditNotes: 0 });
  });

  it('records only what was paid since, when a later export shows a smaller balance', async () => {
    const ctx = await createTestCtx('2026-02-01');
    const header = 'Invoice #,Customer,Invoice Date,Due Date,Amount,Balance\n';
    runImport(ctx, [csv('jan.csv', `${header}A1,Alpha,2026-01-02,2026-02-01,100.00,100.00\n`)]);
    expect(ctx.books.prepare('SELECT COUNT(*) FROM payments').pluck().get()).toBe(0);
    runImport(ctx, [csv('feb.csv', `${header}A1,Alpha,2026-01-02,2026-02-01,100.00,40.00\n`)]);
    runImport(ctx, [csv('mar.csv', `${header}A1,Alpha,2026-01-02,2026-02-01,100.00,0.00\n`)]);
    runImport(ctx, [csv('mar-again.csv', `${header}A1,Alpha,2026-01-02,2026-02-01,100.00,0.00\n`)]);
    expect(ctx.books.prepare('SELECT ref, amount FROM payments ORDER BY id').all()).toEqual([
      { ref: 'PAID-A1', amount: 6000 },
      { ref: 'PAID-A1-2', amount: 4000 },
    ]);
    expect(ctx.books.prepare('SELECT open_amount FROM invoices').pluck().get()).toBe(0);
  });

  it('keeps the books’ version of an invoice that comes back different, and says so', async () => {
    const ctx = await createTestCtx();
    runImport(ctx, canonical());
    const changed =
      'invoice_number,customer_ref,issue_date,due_date,total\nINV-2025-001,C001,2025-10-02,2025-11-01,1300.00\n';
    const s = runImport(ctx, [csv('changed.csv', changed)]);
    expect(s.toAdd.invoices).toBe(0);
    expect(s.warnings[0]?.message).toMatch(
      /INV-2025-001 is already in the books with different details \(1250\.00 .*1300\.00.*The books were kept/,
    );
    expect(ctx.books.prepare("SELECT total FROM invoices WHERE number = 'INV-2025-001'").pluck().get()).toBe(
      125000,
    );
  });

  it('matches customers named only by name to those already in the books', async () => {
    const ctx = await createTestCtx();
    runImport(ctx, canonical());
    runImport(ctx, [
      csv(
        'sheet.csv',
        'Invoice #,Customer,Invoice Date,Amount\nX-1,CAFE MULLER,2026-01-02,5.00\nX-2,Obrien and Sons,2026-01-02,6.00\n',
      ),
    ]);
    expect(
      ctx.books
        .prepare(
          "SELECT c.ref FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.number LIKE 'X-%' ORDER BY i.number",
        )
        .pluck()
        .all(),
    ).toEqual(['C001', 'C003']);
    expect(tables(ctx).customers).toBe(5);
  });
});

describe("Duly's own files", () => {
  it('pay several invoices named in one cell, in that order', async () => {
    const ctx = await createTestCtx();
    runImport(ctx, [
      csv('c.csv', 'customer_ref,name,email,payment_terms_days,credit_limit\nC1,One,,30,\n'),
      csv(
        'i.csv',
        'invoice_number,customer_ref,issue_date,due_date,total\nI1,C1,2026-01-01,2026-01-31,10.00\nI2,C1,2026-01-02,2026-02-01,10.00\n',
      ),
      csv('p.csv', 'payment_ref,customer_ref,date,amount,invoice_number\nP1,C1,2026-02-05,15.00,I2; I1\n'),
    ]);
    expect(ctx.books.prepare('SELECT number, open_amount FROM invoices ORDER BY number').all()).toEqual([
      { number: 'I1', open_amount: 500 },
      { number: 'I2', open_amount: 0 },
    ]);
  });
});

describe('long imports', () => {
  function bigFiles(n: number) {
    let invoices = 'invoice_number,customer_ref,issue_date,due_date,total\n';
    for (let i = 0; i < n; i++) invoices += `N${i},C1,2026-01-01,2026-01-31,1.00\n`;
    return [
      csv('customers.csv', 'customer_ref,name,email,payment_terms_days,credit_limit\nC1,One,,30,\n'),
      csv('invoices.csv', invoices),
    ];
  }

  it('reports progress while saving', async () => {
    const ctx = await createTestCtx();
    const seen: ImportProgress[] = [];
    runImport(ctx, bigFiles(12_000), { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.phase)).toEqual(
      expect.arrayContaining(['reading', 'checking', 'saving', 'allocating']),
    );
    expect(seen.filter((p) => p.phase === 'saving').map((p) => p.done)).toEqual([5000, 10000]);
  });

  it('cancels midway and keeps nothing', async () => {
    const ctx = await createTestCtx();
    let calls = 0;
    expect(() => runImport(ctx, bigFiles(12_000), { shouldStop: () => ++calls > 1 })).toThrow(DulyError);
    expect(tables(ctx)).toMatchObject({ customers: 0, invoices: 0 });
    expect(ctx.books.prepare('SELECT COUNT(*) FROM imports').pluck().get()).toBe(0);
  });

  it('analyses without writing', async () => {
    const ctx = await createTestCtx();
    const a = analyseImport(ctx, canonical());
    expect(a.toAdd).toEqual({ customers: 5, invoices: 7, payments: 6, creditNotes: 0 });
    expect(tables(ctx).customers).toBe(0);
  });

  it('reads UTF-16 tab-separated text, as Excel saves "Unicode text"', async () => {
    const ctx = await createTestCtx();
    const text = 'Invoice #\tCustomer\tInvoice Date\tAmount\r\nU-1\tŁukasz Nowak\t2026-01-02\t1 234,50\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const s = runImport(ctx, [{ name: 'unicode.txt', bytes }]);
    expect(s.files[0]).toMatchObject({
      encoding: 'utf-16le (with byte-order mark)',
      delimiter: 'tab',
      decimal: ',',
    });
    expect(
      ctx.books
        .prepare('SELECT c.name, i.total FROM invoices i JOIN customers c ON c.id = i.customer_id')
        .get(),
    ).toEqual({
      name: 'Łukasz Nowak',
      total: 123450,
    });
  });
});
