import { beforeEach, describe, expect, it } from 'vitest';
import type { Ctx } from '../../context';
import { aCreditNote, aCustomer, anInvoice, aPayment } from '../../testing/builders';
import { createTestCtx } from '../../testing/test-app';
import { ageingReport } from '../ageing/ageing.service';
import { previewPayment } from '../payments/payment-preview';
import { recordPayment } from '../payments/payments.service';
import { listCustomers } from './customer-list';
import { customerPage } from './customer-page';
import { updateCustomer } from './customers.service';

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
});

function shop() {
  const cafe = aCustomer(ctx, {
    ref: 'C1',
    name: 'Café Müller',
    email: 'anna@cafe.example',
    tags: ['trade'],
  });
  const bikes = aCustomer(ctx, { ref: 'C2', name: 'Ørsted Bikes' });
  const quiet = aCustomer(ctx, { ref: 'C3', name: 'Alder & Ash' });
  anInvoice(ctx, cafe, 'INV-100', '2026-09-01', '2026-10-01', 20000); // 53 days overdue
  anInvoice(ctx, cafe, 'INV-101', '2026-11-10', '2026-12-10', 5000); // not yet due
  anInvoice(ctx, bikes, 'INV-200', '2026-10-20', '2026-11-19', 70000); // 4 days overdue
  aPayment(ctx, bikes, 'P1', '2026-11-21', 10000);
  anInvoice(ctx, quiet, 'INV-300', '2026-08-01', '2026-08-31', 1000);
  aPayment(ctx, quiet, 'P2', '2026-09-01', 1500); // paid, 5.00 credit left
  return { cafe, bikes, quiet };
}

describe('the customers list', () => {
  it('shows each balance, what is overdue and how late the oldest unpaid invoice is', () => {
    shop();
    const list = listCustomers(ctx, {});
    expect(list).toMatchObject({
      asOf: '2026-11-23',
      currency: 'GBP',
      total: 3,
      totals: { balance: 84500, overdue: 80000 },
    });
    expect(list.rows.map((r) => [r.ref, r.balance, r.overdue, r.oldestDaysOverdue, r.openInvoices])).toEqual([
      ['C2', 60000, 60000, 4, 1],
      ['C1', 25000, 20000, 53, 2],
      ['C3', -500, 0, null, 0],
    ]);
    expect(list.rows[1]?.tags).toEqual(['trade']);
    // One invoice each is too little history to judge how they pay.
    expect(list.rows.map((r) => [r.behaviourClass, r.behaviourLabel])).toEqual([
      ['new', 'New customer'],
      ['new', 'New customer'],
      ['new', 'New customer'],
    ]);
  });

  it('sorts by balance, by how overdue, and by name, either way round', () => {
    shop();
    const refs = (input: Parameters<typeof listCustomers>[1]) =>
      listCustomers(ctx, input).rows.map((r) => r.ref);
    expect(refs({ sort: 'balance', reverse: true })).toEqual(['C3', 'C1', 'C2']);
    expect(refs({ sort: 'overdue' })).toEqual(['C1', 'C2', 'C3']);
    expect(refs({ sort: 'overdue', reverse: true })).toEqual(['C2', 'C1', 'C3']);
    expect(refs({ sort: 'name' })).toEqual(['C3', 'C1', 'C2']);
    expect(refs({ sort: 'name', reverse: true })).toEqual(['C2', 'C1', 'C3']);
  });

  it('finds customers by name (with or without accents), reference, email, invoice number and tag', () => {
    shop();
    const refs = (search: string, tag?: string) =>
      listCustomers(ctx, { search, sort: 'name', ...(tag ? { tag } : {}) }).rows.map((r) => r.ref);
    expect(refs('muller')).toEqual(['C1']);
    expect(refs('ørsted')).toEqual(['C2']);
    expect(refs('orsted')).toEqual(['C2']);
    expect(refs('c3')).toEqual(['C3']);
    expect(refs('anna@')).toEqual(['C1']);
    expect(refs('INV-20')).toEqual(['C2']);
    expect(refs('100%')).toEqual([]);
    expect(refs('', 'trade')).toEqual(['C1']);
  });

  it('agrees with the ageing report, customer by customer, to the cent', () => {
    shop();
    const report = ageingReport(ctx);
    for (const row of listCustomers(ctx, {}).rows) {
      const aged = report.customers.find((c) => c.id === row.id);
      expect(row.balance).toBe(aged?.balance ?? 0);
    }
  });
});

describe("a customer's page", () => {
  it('holds details, every invoice with what is owed, payments with where they went, credit and ageing', () => {
    const { bikes, quiet } = shop();
    aCreditNote(ctx, bikes, 'CN1', '2026-11-22', 2500);
    const page = customerPage(ctx, bikes.id);
    expect(page.customer.name).toBe('Ørsted Bikes');
    expect(page).toMatchObject({ balance: 57500, open: 57500, overdue: 57500 });
    expect(page.credit).toBe(0);
    expect(page.ageing).toEqual([
      { label: 'current', amount: 0 },
      { label: '1-30', amount: 57500 },
      { label: '31-60', amount: 0 },
      { label: '61-90', amount: 0 },
      { label: '90+', amount: 0 },
    ]);
    expect(page.invoices).toEqual([
      expect.objectContaining({ number: 'INV-200', total: 70000, open: 57500, daysOverdue: 4, paidOn: null }),
    ]);
    expect(page.payments.map((p) => [p.ref, p.allocations.map((a) => [a.invoiceNumber, a.amount])])).toEqual([
      ['P1', [['INV-200', 10000]]],
    ]);
    expect(page.creditNotes.map((c) => [c.number, c.allocations.length])).toEqual([['CN1', 1]]);
    expect(page.behaviour).toEqual({
      class: 'new',
      label: 'New customer',
      reason: 'Only 1 invoice so far: too early to judge, though one is 4 days overdue so far.',
    });
    const q = customerPage(ctx, quiet.id);
    expect(q).toMatchObject({ balance: -500, credit: 500 });
    expect(q.invoices[0]).toMatchObject({ open: 0, paidOn: '2026-09-01', daysOverdue: null });
    // Paid a day after the due date: within the grace, so not late.
    expect(q.behaviour.reason).toBe('Only 1 invoice so far: too early to judge.');
  });

  it('shows an edit at once', () => {
    const { cafe } = shop();
    updateCustomer(ctx, { id: cafe.id, phone: '01225 448120', tags: ['trade', 'cafe'] });
    expect(customerPage(ctx, cafe.id).customer).toMatchObject({
      phone: '01225 448120',
      tags: ['cafe', 'trade'],
    });
  });
});

describe('the payment preview', () => {
  it('shows where a payment would go before it is recorded, and it goes there', () => {
    const { cafe } = shop();
    const preview = previewPayment(ctx, { customerId: cafe.id, date: '2026-11-23', amount: 22000 });
    expect(preview).toEqual({
      allocations: [
        { invoiceId: expect.any(Number), invoiceNumber: 'INV-100', amount: 20000 },
        { invoiceId: expect.any(Number), invoiceNumber: 'INV-101', amount: 2000 },
      ],
      unapplied: 0,
    });
    expect(listCustomers(ctx, { search: 'C1' }).rows[0]?.balance).toBe(25000);
    const recorded = recordPayment(ctx, { customerId: cafe.id, date: '2026-11-23', amount: 22000 });
    expect(recorded.allocations.map((a) => [a.invoiceNumber, a.amount])).toEqual(
      preview.allocations.map((a) => [a.invoiceNumber, a.amount]),
    );
  });

  it('follows the invoices chosen, and shows what would stay as credit', () => {
    const { cafe } = shop();
    const inv101 = customerPage(ctx, cafe.id).invoices.find((i) => i.number === 'INV-101')!;
    const preview = previewPayment(ctx, {
      customerId: cafe.id,
      date: '2026-11-23',
      amount: 9000,
      targets: [{ invoiceId: inv101.id }],
    });
    expect(preview.allocations.map((a) => [a.invoiceNumber, a.amount])).toEqual([['INV-101', 5000]]);
    expect(preview.unapplied).toBe(4000);
  });
});
