import { describe, expect, it } from 'vitest';
import { type InvoiceLine, mergeInvoices, mergePayments } from './merge';
import type { ParsedPayment } from './parsed';

// Rows of one invoice (line-item exports) or one payment (one row per invoice paid) become one
// record; rows that disagree are reported with their row, and the invoice or payment is left out.

const FILE = 'export.csv';

function line(row: number, over: Partial<InvoiceLine> = {}): InvoiceLine {
  const where = { file: FILE, row };
  return {
    where,
    number: 'INV-1',
    customer: { ref: 'C1', where, column: 'Customer' },
    issueDate: '2026-03-01',
    dueDate: undefined,
    dueColumn: 'Due Date',
    total: undefined,
    lineAmount: undefined,
    paid: undefined,
    balance: undefined,
    paidInFull: false,
    paidDate: undefined,
    termsDays: undefined,
    details: {},
    ...over,
  };
}

describe('mergeInvoices', () => {
  it('takes a repeated total once and the first due date, terms and payment date given', () => {
    const { invoices, problems } = mergeInvoices(
      [
        line(2, { total: 12000 }),
        line(3, { total: 12000, dueDate: '2026-03-31', paid: 5000 }),
        line(4, { total: 12000, termsDays: 30, paidDate: '2026-03-10' }),
      ],
      FILE,
    );
    expect(problems).toEqual([]);
    expect(invoices).toEqual([
      expect.objectContaining({
        number: 'INV-1',
        total: 12000,
        dueDate: '2026-03-31',
        termsDays: 30,
        paid: 5000,
        paidDate: '2026-03-10',
        where: { file: FILE, row: 2 },
      }),
    ]);
  });

  it('adds line amounts when there is no total, and reads a balance as what is still owed', () => {
    const { invoices } = mergeInvoices(
      [line(2, { lineAmount: 2550 }), line(3, { lineAmount: 1450, balance: 1000 })],
      FILE,
    );
    expect(invoices[0]).toMatchObject({ total: 4000, paid: 3000 });
  });

  it('keeps a one-row invoice as it is, and "paid in full" as its total', () => {
    const { invoices } = mergeInvoices([line(2, { number: 'INV-9', total: 700, paidInFull: true })], FILE);
    expect(invoices).toEqual([expect.objectContaining({ number: 'INV-9', total: 700, paid: 700 })]);
  });

  it('reports rows of one invoice with different totals, customers or dates, and leaves it out', () => {
    const { invoices, problems } = mergeInvoices(
      [
        line(2, { total: 100 }),
        line(3, { total: 150 }),
        line(4, { number: 'INV-2', total: 100 }),
        line(5, {
          number: 'INV-2',
          total: 100,
          customer: { ref: 'C2', where: { file: FILE, row: 5 }, column: 'Customer' },
        }),
        line(6, { number: 'INV-3', total: 100 }),
        line(7, { number: 'INV-3', total: 100, issueDate: '2026-03-02' }),
      ],
      FILE,
    );
    expect(invoices).toEqual([]);
    expect(problems).toEqual([
      { file: FILE, row: 3, message: 'Invoice INV-1 has a different total here than on row 2.' },
      {
        file: FILE,
        row: 5,
        field: 'Customer',
        message: 'Invoice INV-2 is also on row 4, for a different customer or date.',
      },
      {
        file: FILE,
        row: 7,
        field: 'Customer',
        message: 'Invoice INV-3 is also on row 6, for a different customer or date.',
      },
    ]);
  });

  it('turns a negative invoice into a credit note, and refuses more owed than the total', () => {
    const { invoices, creditNotes, problems } = mergeInvoices(
      [line(2, { number: 'CR-1', total: -2500 }), line(3, { number: 'INV-5', total: 100, balance: 150 })],
      FILE,
    );
    expect(invoices).toEqual([]);
    expect(creditNotes).toEqual([
      expect.objectContaining({ number: 'CR-1', amount: 2500, date: '2026-03-01' }),
    ]);
    expect(problems).toEqual([
      { file: FILE, row: 3, message: 'Invoice INV-5 shows more owed than its total.' },
    ]);
  });

  it('names the row whose due date comes before the invoice date', () => {
    const { problems } = mergeInvoices(
      [line(2, { total: 100 }), line(3, { total: 100, dueDate: '2026-02-01' })],
      FILE,
    );
    expect(problems).toEqual([
      { file: FILE, row: 3, field: 'Due Date', message: 'The due date is before the invoice date.' },
    ]);
  });
});

function payment(row: number, over: Partial<ParsedPayment> = {}): ParsedPayment {
  const where = { file: FILE, row };
  return {
    where,
    ref: 'PAY-1',
    customer: { ref: 'C1', where, column: 'Customer' },
    date: '2026-03-05',
    amount: 9000,
    targets: [],
    method: '',
    note: '',
    ...over,
  };
}

const target = (row: number, invoiceNumber: string, amount?: number) => ({
  invoiceNumber,
  where: { file: FILE, row },
  column: 'Invoice',
  ...(amount === undefined ? {} : { amount }),
});

describe('mergePayments', () => {
  it('joins the rows of one payment, adding what each row applied to the same invoice', () => {
    const { payments, problems } = mergePayments(
      [
        payment(2, { targets: [target(2, 'INV-1', 3000)] }),
        payment(3, { targets: [target(3, 'INV-2', 4000)] }),
        payment(4, { targets: [target(4, 'INV-1', 2000)] }),
        payment(5, { ref: 'PAY-2', amount: 100 }),
      ],
      FILE,
    );
    expect(problems).toEqual([]);
    expect(payments.map((p) => [p.ref, p.amount, p.targets.map((t) => [t.invoiceNumber, t.amount])])).toEqual(
      [
        [
          'PAY-1',
          9000,
          [
            ['INV-1', 5000],
            ['INV-2', 4000],
          ],
        ],
        ['PAY-2', 100, []],
      ],
    );
  });

  it('reports rows of one payment that disagree, and leaves it out', () => {
    const { payments, problems } = mergePayments([payment(2), payment(3, { amount: 9001 })], FILE);
    expect(payments).toEqual([]);
    expect(problems).toEqual([
      {
        file: FILE,
        row: 3,
        message: 'Payment PAY-1 is also on row 2 with a different amount, date or customer.',
      },
    ]);
  });

  it('never joins payments without a reference', () => {
    const { ref: _, ...noRef } = payment(2);
    const { payments } = mergePayments([noRef, { ...noRef, where: { file: FILE, row: 3 } }], FILE);
    expect(payments).toHaveLength(2);
  });
});
