import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import type { Ctx } from '../../context';
import { aCreditNote, aCustomer, anInvoice, aPayment } from '../../testing/builders';
import { createTestCtx } from '../../testing/test-app';
import { ageingReport } from './ageing.service';

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
});

function sumBuckets(buckets: Record<string, number>): number {
  return Object.values(buckets).reduce((a, b) => a + b, 0);
}

describe('ageing, hand-worked', () => {
  function shop() {
    const x = aCustomer(ctx, { ref: 'X', name: 'Xavier Ltd' });
    anInvoice(ctx, x, 'I1', '2026-08-01', '2026-08-31', 10000);
    anInvoice(ctx, x, 'I2', '2026-10-01', '2026-10-31', 25050);
    anInvoice(ctx, x, 'I3', '2026-11-20', '2026-12-20', 8000);
    anInvoice(ctx, x, 'I4', '2026-05-01', '2026-05-31', 4000);
    // £50 with no invoice named: the oldest due (I4, £40) first, then £10 to I1.
    aPayment(ctx, x, 'P1', '2026-09-10', 5000);
    const y = aCustomer(ctx, { ref: 'Y', name: 'Yolanda' });
    aPayment(ctx, y, 'P2', '2026-11-01', 3000);
    return { x, y };
  }

  it('puts each open amount in its bucket as of today', () => {
    shop();
    const r = ageingReport(ctx);
    expect(r.asOf).toBe('2026-11-23');
    expect(r.currency).toBe('GBP');
    expect(r.buckets).toEqual([
      { label: 'current', amount: 8000 },
      { label: '1-30', amount: 25050 },
      { label: '31-60', amount: 0 },
      { label: '61-90', amount: 9000 },
      { label: '90+', amount: 0 },
    ]);
    expect(r.totalOpen).toBe(42050);
    expect(r.unappliedCredit).toBe(3000);
    expect(r.openInvoices).toBe(3);
    expect(r.customers).toEqual([
      {
        id: expect.any(Number),
        ref: 'X',
        name: 'Xavier Ltd',
        buckets: { current: 8000, '1-30': 25050, '31-60': 0, '61-90': 9000, '90+': 0 },
        credit: 0,
        balance: 42050,
        openInvoices: 3,
      },
      {
        id: expect.any(Number),
        ref: 'Y',
        name: 'Yolanda',
        buckets: { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 },
        credit: 3000,
        balance: -3000,
        openInvoices: 0,
      },
    ]);
  });

  it('shows the books as they were on a past date: later invoices and payments do not count', () => {
    shop();
    const before = ageingReport(ctx, '2026-09-01');
    expect(before.buckets.map((b) => b.amount)).toEqual([0, 10000, 0, 0, 4000]);
    expect(before.unappliedCredit).toBe(0);
    expect(before.customers.map((c) => c.ref)).toEqual(['X']);

    const paid = ageingReport(ctx, '2026-09-10');
    expect(paid.buckets.map((b) => b.amount)).toEqual([0, 9000, 0, 0, 0]);
    expect(paid.openInvoices).toBe(1);

    expect(ageingReport(ctx, '2026-04-30').customers).toEqual([]);
  });

  it('places due dates on the bucket edges exactly', () => {
    const c = aCustomer(ctx);
    const d = '2026-11-23';
    const cases: [number, string][] = [
      [0, 'current'],
      [-5, 'current'],
      [1, '1-30'],
      [30, '1-30'],
      [31, '31-60'],
      [60, '31-60'],
      [61, '61-90'],
      [90, '61-90'],
      [91, '90+'],
      [400, '90+'],
    ];
    cases.forEach(([daysOverdue], i) => {
      const due = addDays(d, -daysOverdue);
      const issue = daysOverdue < 0 ? d : due;
      anInvoice(ctx, c, `E${i}`, issue, due, 100 * 2 ** i);
    });
    const r = ageingReport(ctx, d);
    const expected: Record<string, number> = { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 };
    cases.forEach(([, label], i) => {
      expected[label] = (expected[label] ?? 0) + 100 * 2 ** i;
    });
    expect(r.customers[0]?.buckets).toEqual(expected);
  });

  it('counts credit notes as credit until applied, and a partial payment leaves the rest open', () => {
    const c = aCustomer(ctx);
    anInvoice(ctx, c, 'A', '2026-10-01', '2026-10-31', 10000);
    aPayment(ctx, c, 'P', '2026-11-01', 3333);
    aCreditNote(ctx, c, 'CN1', '2026-11-02', 1111);
    const r = ageingReport(ctx);
    expect(r.totalOpen).toBe(10000 - 3333 - 1111);
    expect(r.buckets.find((b) => b.label === '1-30')?.amount).toBe(5556);
    const overpaid = aCustomer(ctx);
    const b = anInvoice(ctx, overpaid, 'B', '2026-11-01', '2026-12-01', 5000);
    aPayment(ctx, overpaid, 'P-OVER', '2026-11-10', 7000, b);
    const after = ageingReport(ctx).customers.find((x) => x.id === overpaid.id);
    expect(after).toMatchObject({ credit: 2000, balance: -2000 });
  });

  it('always adds the buckets up to the open total, to the cent, on every date', () => {
    const customers = [aCustomer(ctx), aCustomer(ctx), aCustomer(ctx)];
    let n = 0;
    for (let day = 0; day < 300; day += 7) {
      const c = customers[day % 3]!;
      const issue = addDays('2026-01-01', day);
      anInvoice(ctx, c, `R${n++}`, issue, addDays(issue, 14 + (day % 45)), 1999 + day * 37);
      if (day % 2 === 0) aPayment(ctx, c, `RP${n}`, addDays(issue, 20), 1501 + day * 11);
    }
    for (let day = 0; day < 330; day += 13) {
      const asOf = addDays('2026-01-01', day);
      const r = ageingReport(ctx, asOf);
      expect(r.buckets.reduce((s, b) => s + b.amount, 0)).toBe(r.totalOpen);
      expect(r.customers.reduce((s, c) => s + sumBuckets(c.buckets), 0)).toBe(r.totalOpen);
      expect(r.customers.reduce((s, c) => s + c.credit, 0)).toBe(r.unappliedCredit);
      for (const c of r.customers) expect(c.balance).toBe(sumBuckets(c.buckets) - c.credit);
    }
  });
});
