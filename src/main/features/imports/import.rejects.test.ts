import { describe, expect, it } from 'vitest';
import { DulyError, type Problem } from '../../../shared/errors';
import type { Ctx } from '../../context';
import { csv } from '../../testing/fixtures';
import { createTestCtx } from '../../testing/test-app';
import { runImport } from './import.service';
import type { ImportFile } from './read-file';

// One bad row rejects the whole import, with the file, row and field named, and nothing saved.

const CUSTOMERS =
  'customer_ref,name,email,payment_terms_days,credit_limit\nC1,Alpha Ltd,a@alpha.example,30,1000.00\nC2,Beta,,14,\n';
const INVOICES_OK =
  'invoice_number,customer_ref,issue_date,due_date,total\nI1,C1,2026-01-05,2026-02-04,120.00\n';

function counts(ctx: Ctx) {
  const q = (t: string) => ctx.books.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get();
  return {
    customers: q('customers'),
    invoices: q('invoices'),
    payments: q('payments'),
    imports: q('imports'),
  };
}

function rejected(ctx: Ctx, files: ImportFile[]): DulyError {
  try {
    runImport(ctx, files);
  } catch (e) {
    expect(e).toBeInstanceOf(DulyError);
    expect(counts(ctx)).toEqual({ customers: 0, invoices: 0, payments: 0, imports: 0 });
    return e as DulyError;
  }
  throw new Error('the import was accepted');
}

const problem = (e: DulyError): Problem => e.problems[0]!;

describe('an import with a bad row saves nothing and names the file, row and field', () => {
  it.each([
    [
      'an impossible date',
      'I2,C1,2026-02-30,2026-03-01,10.00',
      'issue_date',
      /"2026-02-30" is not a real date/,
    ],
    ['a bad amount', 'I2,C1,2026-02-01,2026-03-01,ten pounds', 'total', /"ten pounds" is not an amount/],
    ['too many decimals', 'I2,C1,2026-02-01,2026-03-01,10.005', 'total', /not an amount/],
    ['an unknown customer', 'I2,C9,2026-02-01,2026-03-01,10.00', 'customer_ref', /There is no customer C9/],
    [
      'a due date before the issue date',
      'I2,C1,2026-02-01,2026-01-01,10.00',
      'due_date',
      /due date is before the invoice date/,
    ],
    [
      'a missing invoice number',
      ',C1,2026-02-01,2026-03-01,10.00',
      'invoice_number',
      /invoice number is missing/,
    ],
    ['a missing date', 'I2,C1,,2026-03-01,10.00', 'issue_date', /invoice date is missing/],
  ])('%s', async (_what, line, field, message) => {
    const ctx = await createTestCtx();
    const e = rejected(ctx, [
      csv('customers.csv', CUSTOMERS),
      csv('invoices.csv', `${INVOICES_OK}${line}\n`),
    ]);
    expect(e.code).toBe('import_invalid');
    expect(e.problems).toHaveLength(1);
    expect(problem(e)).toMatchObject({ file: 'invoices.csv', row: 3, field });
    expect(problem(e).message).toMatch(message);
    expect(e.message).toMatch(/^Nothing was imported: 1 problem to fix first\. invoices\.csv, row 3/);
  });

  it('lists every problem, not only the first', async () => {
    const ctx = await createTestCtx();
    const e = rejected(ctx, [
      csv('customers.csv', CUSTOMERS),
      csv(
        'invoices.csv',
        `${INVOICES_OK}I2,C1,2026-13-01,2026-03-01,10.00\nI3,C1,2026-02-01,2026-03-01,x\nI4,C7,2026-02-01,2026-03-01,1\n`,
      ),
    ]);
    expect(e.problems.map((p) => [p.row, p.field])).toEqual([
      [3, 'issue_date'],
      [4, 'total'],
      [5, 'customer_ref'],
    ]);
  });

  it('payments: an unknown invoice, another customer’s invoice, and a negative amount', async () => {
    const ctx = await createTestCtx();
    const payments =
      'payment_ref,customer_ref,date,amount,invoice_number\n' +
      'P1,C1,2026-02-01,10.00,I9\n' +
      'P2,C2,2026-02-01,10.00,I1\n' +
      'P3,C1,2026-02-01,-5.00,\n';
    const e = rejected(ctx, [
      csv('customers.csv', CUSTOMERS),
      csv('invoices.csv', INVOICES_OK),
      csv('payments.csv', payments),
    ]);
    expect(e.problems).toEqual([
      { file: 'payments.csv', row: 4, field: 'amount', message: 'A payment must be more than zero.' },
      {
        file: 'payments.csv',
        row: 2,
        field: 'invoice_number',
        message: 'There is no invoice I9, in the books or in these files.',
      },
      {
        file: 'payments.csv',
        row: 3,
        field: 'invoice_number',
        message: 'Invoice I1 belongs to another customer.',
      },
    ]);
  });

  it('counts rows as a spreadsheet does, past title rows and quoted cells spanning lines', async () => {
    const ctx = await createTestCtx();
    const text =
      'Acme Ltd\nInvoice list\n\nInvoice #,Customer,Invoice Date,Amount,Notes\n' +
      '1,Alpha,2026-01-02,10.00,"two\nlines"\n' +
      '2,Beta,2026-01-03,12.00,\n' +
      '3,Gamma,2026-01-04,lots,\n';
    const e = rejected(ctx, [csv('sheet.csv', text)]);
    expect(problem(e)).toMatchObject({ file: 'sheet.csv', row: 7, field: 'Amount' });
  });

  it('an unrecognised file, an empty file, a file with only a header, an unclosed quote', async () => {
    const ctx = await createTestCtx();
    expect(problem(rejected(ctx, [csv('notes.csv', 'hello,world\nfoo,bar\n')])).message).toMatch(
      /could not tell what this file holds\. Its first line reads: hello, world/,
    );
    expect(problem(rejected(ctx, [csv('empty.csv', '')])).message).toMatch(/\(the file is empty\)/);
    expect(
      problem(
        rejected(ctx, [csv('invoices.csv', 'invoice_number,customer_ref,issue_date,due_date,total\n')]),
      ),
    ).toMatchObject({
      row: 1,
      message: 'There are no rows to import below the header.',
    });
    const e = rejected(ctx, [
      csv('customers.csv', CUSTOMERS),
      csv('invoices.csv', `${INVOICES_OK}"I2,C1,2026-01-05,2026-02-04,1.00\n`),
    ]);
    expect(e.problems.some((p) => /never closed/.test(p.message))).toBe(true);
  });

  it('a payments file given as invoices is refused rather than misread', async () => {
    const ctx = await createTestCtx();
    const e = rejected(ctx, [
      csv('p.csv', 'payment_ref,customer_ref,date,amount\nP1,C1,2026-01-01,1.00\n', 'customers'),
    ]);
    expect(problem(e).message).toMatch(/could not tell what this file holds as customers/);
  });

  it('asks for the date format when the file cannot settle it, and imports once told', async () => {
    const ctx = await createTestCtx();
    const files = [
      csv('customers.csv', CUSTOMERS),
      csv(
        'invoices.csv',
        'invoice_number,customer_ref,issue_date,due_date,total\nI1,C1,03/04/2026,05/06/2026,10.00\n',
      ),
    ];
    try {
      runImport(ctx, files);
      throw new Error('accepted');
    } catch (e) {
      expect((e as DulyError).code).toBe('date_format_ambiguous');
      expect((e as DulyError).message).toMatch(
        /such as 03\/04\/2026, 05\/06\/2026 are day\/month or month\/day/,
      );
    }
    runImport(ctx, files, { dateOrder: 'DMY' });
    expect(ctx.books.prepare('SELECT issue_date, due_date FROM invoices').get()).toEqual({
      issue_date: '2026-04-03',
      due_date: '2026-06-05',
    });
  });

  it('settles day/month from due dates that could only follow issue dates one way', async () => {
    const ctx = await createTestCtx();
    // 02/03 → 04/03 is 2 Mar → 4 Mar read month-first, but 2 Feb → 4 Mar... both fine; 05/03 → 02/04
    // only works day-first (5 Mar → 2 Apr; month-first would put 3 Feb before 3 May? no: 3 May → 4 Feb).
    const text = 'invoice_number,customer_ref,issue_date,due_date,total\nI1,C1,05/03/2026,02/04/2026,10.00\n';
    const s = runImport(ctx, [csv('customers.csv', CUSTOMERS), csv('invoices.csv', text)]);
    expect(s.files[1]!.dateFormat).toBe('DD/MM/YYYY');
    expect(ctx.books.prepare('SELECT issue_date FROM invoices').pluck().get()).toBe('2026-03-05');
  });
});
