import { beforeEach, describe, expect, it } from 'vitest';
import { settingsUpdateInput } from '../../../shared/contract/settings';
import type { Ctx } from '../../context';
import { aCustomer, anInvoice, aPayment } from '../../testing/builders';
import { createTestCtx } from '../../testing/test-app';
import { updateSettings } from '../settings/settings.service';
import { dashboard } from './dashboard.service';
import { drill } from './drill';

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
});

// A small shop worked by hand, today 2026-11-23.
//   X (trade): I4 £40 due 31 May, I1 £100 due 31 Aug, I2 £250.50 due 31 Oct, I3 £80 due 20 Dec.
//     P1 £50 on 10 Sep names no invoice: I4 (earliest due) gets £40, 102 days late; I1 £10, 10 days late.
//   Y: P2 £30 on 1 Nov and no invoices: unapplied credit.
//   Z (retail): Z1 £200 due 10 Nov, paid in full by P3 on 15 Nov (5 days late); Z2 £70 due 1 Jul 2025, open.
function shop() {
  const x = aCustomer(ctx, { ref: 'X', name: 'Xavier Ltd', tags: ['trade'] });
  anInvoice(ctx, x, 'I1', '2026-08-01', '2026-08-31', 10000);
  anInvoice(ctx, x, 'I2', '2026-10-01', '2026-10-31', 25050);
  anInvoice(ctx, x, 'I3', '2026-11-20', '2026-12-20', 8000);
  anInvoice(ctx, x, 'I4', '2026-05-01', '2026-05-31', 4000);
  aPayment(ctx, x, 'P1', '2026-09-10', 5000);
  const y = aCustomer(ctx, { ref: 'Y', name: 'Yolanda' });
  aPayment(ctx, y, 'P2', '2026-11-01', 3000);
  const z = aCustomer(ctx, { ref: 'Z', name: 'Zed & Co', tags: ['retail'] });
  const z1 = anInvoice(ctx, z, 'Z1', '2026-11-05', '2026-11-10', 20000);
  anInvoice(ctx, z, 'Z2', '2025-06-01', '2025-07-01', 7000);
  aPayment(ctx, z, 'P3', '2026-11-15', 20000, z1);
  return { x, y, z };
}

describe('the dashboard, hand-worked', () => {
  it('gives the buckets and headline figures as of today', () => {
    const { x, z } = shop();
    const d = dashboard(ctx);
    expect(d.asOf).toBe('2026-11-23');
    expect(d.buckets.map((b) => [b.label, b.amount, b.invoices])).toEqual([
      ['current', 8000, 1],
      ['1-30', 25050, 1], // I2, 23 days overdue
      ['31-60', 0, 0],
      ['61-90', 9000, 1], // I1, 84 days overdue
      ['90+', 7000, 1], // Z2, 510 days overdue
    ]);
    expect(d.open).toBe(49050);
    expect(d.overdue).toBe(41050);
    expect(d.overdueShare).toBeCloseTo(41050 / 49050, 10);
    expect(d.credit).toBe(3000);
    expect(d.receivable).toBe(46050);
    expect(d.openInvoices).toBe(4);
    expect(d.customersOwing).toBe(2);
    // 25 Aug – 23 Nov: £40 102 days late, £10 10 days late, £200 5 days late.
    // (4000×102 + 1000×10 + 20000×5) / 25000 = 518000 / 25000 = 20.72 days.
    expect(d.lateness).toEqual({
      averageDaysLate: 20.7,
      payments: 2,
      amount: 25000,
      from: '2026-08-26',
      to: '2026-11-23',
    });
    expect(d.collected).toEqual({
      thisMonth: { from: '2026-11-01', to: '2026-11-23', amount: 23000 },
      lastMonth: { from: '2026-10-01', to: '2026-10-31', amount: 0 },
    });
    expect(d.topOverdue).toEqual([
      {
        customerId: x.id,
        ref: 'X',
        name: 'Xavier Ltd',
        overdue: 34050,
        balance: 42050,
        oldestDaysOverdue: 84,
      },
      { customerId: z.id, ref: 'Z', name: 'Zed & Co', overdue: 7000, balance: 7000, oldestDaysOverdue: 510 },
    ]);
  });

  it('counts DSO back through this month and then whole months', () => {
    shop();
    const d = dashboard(ctx);
    // Owed £490.50. November to date (23 days) sold £280: 23 days, £210.50 left.
    // October sold £250.50, which covers it: 31 × 210.50 / 250.50 = 26.05 days. DSO = 49.05 → 49.0.
    expect(d.dso.days).toBe(49);
    expect(d.dso.steps).toEqual([
      { from: '2026-11-01', to: '2026-11-23', sales: 28000, days: 23 },
      { from: '2026-10-01', to: '2026-10-31', sales: 25050, days: 26 },
    ]);
  });

  it('reads any past date as the books stood then', () => {
    shop();
    const d = dashboard(ctx, { asOf: '2026-09-30' });
    // Only I1, I4 and Z2 were issued; P1 had paid I4 and £10 of I1; P2 and P3 had not come.
    expect(d.buckets.map((b) => b.amount)).toEqual([0, 9000, 0, 0, 7000]);
    expect(d.open).toBe(16000);
    expect(d.overdue).toBe(16000);
    expect(d.credit).toBe(0);
    expect(d.collected.thisMonth.amount).toBe(5000);
    expect(d.trend.at(-1)).toEqual({ date: '2026-09-30', receivable: 16000, overdue: 16000 });
  });

  it('draws the trend at each month end, then the date itself', () => {
    shop();
    const d = dashboard(ctx, { months: 12 });
    expect(d.trend).toHaveLength(13);
    expect(d.trend[0]).toEqual({ date: '2025-11-30', receivable: 7000, overdue: 7000 });
    const at = (date: string) => d.trend.find((p) => p.date === date);
    // 31 Aug: I1, I4, Z2 issued (£210), nothing paid; I4 and Z2 past due (£110).
    expect(at('2026-08-31')).toEqual({ date: '2026-08-31', receivable: 21000, overdue: 11000 });
    // 31 Oct: I2 issued too (£460.50) less P1's £50; I2 falls due that day, so it is not yet overdue.
    expect(at('2026-10-31')).toEqual({ date: '2026-10-31', receivable: 41050, overdue: 16000 });
    expect(d.trend.at(-1)).toEqual({ date: '2026-11-23', receivable: 49050, overdue: 41050 });
    expect(dashboard(ctx, { months: 24 }).trend).toHaveLength(25);
  });

  it('shows empty books as zeros, not errors', () => {
    const d = dashboard(ctx);
    expect(d.open).toBe(0);
    expect(d.overdueShare).toBe(0);
    expect(d.dso).toEqual({ days: 0, steps: [] });
    expect(d.lateness.averageDaysLate).toBeNull();
    expect(d.topOverdue).toEqual([]);
    expect(d.trend.every((p) => p.receivable === 0)).toBe(true);
  });

  it('counts a customer who owes nothing overdue, and lists no one as overdue', () => {
    const w = aCustomer(ctx, { ref: 'W', name: 'Willow' });
    anInvoice(ctx, w, 'W1', '2026-11-20', '2026-12-20', 5000);
    const d = dashboard(ctx);
    expect(d.customersOwing).toBe(1);
    expect(d.topOverdue).toEqual([]);
  });
});

describe('buckets from Settings', () => {
  it('ages by invoice date when asked', () => {
    shop();
    updateSettings(ctx, { ageingBasis: 'issue' });
    const d = dashboard(ctx);
    // Days since the invoice: I3 3, I2 53, I1 114, Z2 540.
    expect(d.buckets.map((b) => [b.label, b.amount])).toEqual([
      ['0-30', 8000],
      ['31-60', 25050],
      ['61-90', 0],
      ['90+', 16000],
    ]);
    // Overdue still means past the due date.
    expect(d.overdue).toBe(41050);
  });

  it('uses the owner’s own limits, and the buckets still add up', () => {
    shop();
    updateSettings(ctx, { ageingLimits: [15, 45] });
    const d = dashboard(ctx);
    expect(d.buckets.map((b) => [b.label, b.amount])).toEqual([
      ['current', 8000],
      ['1-15', 0],
      ['16-45', 25050],
      ['45+', 16000],
    ]);
    expect(d.buckets.reduce((s, b) => s + b.amount, 0)).toBe(d.open);
  });

  it('refuses limits that do not make buckets', () => {
    const problem = (ageingLimits: number[]) =>
      settingsUpdateInput.safeParse({ ageingLimits }).error?.issues[0]?.message;
    expect(problem([30, 60, 90])).toBeUndefined();
    expect(problem([60, 30])).toBe('Each limit must be larger than the one before.');
    expect(problem([30, 30])).toBe('Each limit must be larger than the one before.');
    expect(problem([])).toBe('Keep at least one limit.');
    expect(problem([0])).toBe('Each limit is at least one day.');
    expect(problem([1, 2, 3, 4, 5, 6, 7])).toBe('Six limits at most: seven buckets are plenty to read.');
  });
});

describe('the drill-down', () => {
  it('totals each bucket to the figure clicked', () => {
    shop();
    const d = dashboard(ctx);
    for (const b of d.buckets) {
      const slice = drill(ctx, { slice: { kind: 'bucket', label: b.label } });
      expect(slice.total).toBe(b.amount);
      expect(slice.invoiceCount).toBe(b.invoices);
      expect(slice.customers.reduce((s, c) => s + c.amount, 0)).toBe(b.amount);
    }
    expect(drill(ctx, { slice: { kind: 'overdue' } }).total).toBe(d.overdue);
    expect(drill(ctx, { slice: { kind: 'open' } }).total).toBe(d.open);
    for (const top of d.topOverdue) {
      const one = drill(ctx, { slice: { kind: 'customer', customerId: top.customerId } });
      expect(one.total).toBe(top.balance); // no credit on either
    }
  });

  it('lists the customers and invoices behind a figure, titled', () => {
    const { x } = shop();
    const r = drill(ctx, { slice: { kind: 'bucket', label: '61-90' } });
    expect(r.title).toBe('61-90 days overdue');
    expect(r.customers).toEqual([
      {
        id: x.id,
        ref: 'X',
        name: 'Xavier Ltd',
        tags: ['trade'],
        amount: 9000,
        invoices: [
          {
            id: expect.any(Number),
            number: 'I1',
            issueDate: '2026-08-01',
            dueDate: '2026-08-31',
            daysOverdue: 84,
            bucket: '61-90',
            open: 9000,
          },
        ],
      },
    ]);
    expect(r.tags).toEqual(['retail', 'trade']);
    expect(drill(ctx, { slice: { kind: 'bucket', label: '90+' } }).title).toBe('More than 90 days overdue');
  });

  it('filters by tag and sorts', () => {
    shop();
    const retail = drill(ctx, { slice: { kind: 'overdue' }, tag: 'retail' });
    expect(retail.customers.map((c) => c.ref)).toEqual(['Z']);
    expect(retail.total).toBe(7000);
    const names = (sort: 'amount' | 'oldest' | 'name', reverse = false) =>
      drill(ctx, { slice: { kind: 'overdue' }, sort, reverse }).customers.map((c) => c.ref);
    expect(names('amount')).toEqual(['X', 'Z']);
    expect(names('oldest')).toEqual(['Z', 'X']);
    expect(names('name')).toEqual(['X', 'Z']);
    expect(names('name', true)).toEqual(['Z', 'X']);
  });

  it('says so when a bucket does not exist', () => {
    expect(() => drill(ctx, { slice: { kind: 'bucket', label: '91-120' } })).toThrow(
      'There is no bucket "91-120".',
    );
  });
});
