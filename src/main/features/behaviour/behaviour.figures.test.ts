import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../../shared/dates';
import type { Ctx } from '../../context';
import { aCustomer, anInvoice, anInvoiceDue, aPayment } from '../../testing/builders';
import { createTestCtx } from '../../testing/test-app';
import { ageingReport } from '../ageing/ageing.service';
import { customerBehaviour } from './behaviour.service';

// The figures behind a customer's class, on real books, each worked out by hand. Today is 23 Nov 2026.

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
});

const monthly = (first: IsoDate, i: number) => addDays(first, 30 * i);

describe('payment figures', () => {
  it('counts on time within the grace, weighs the average by amount, and gives the trend', () => {
    const c = aCustomer(ctx);
    // Ten invoices of £100, all paid on the due date except the seventh, 4 days late.
    for (let i = 0; i < 10; i++) anInvoiceDue(ctx, c, monthly('2025-12-15', i), 10000, i === 6 ? 4 : 0);
    const b = customerBehaviour(ctx, { id: c.id });
    expect(b).toMatchObject({
      class: 'reliable',
      label: 'Reliable payer',
      reason: 'Paid 9 of the last 10 invoices on time; the late one was 4 days late.',
    });
    expect(b.figures).toEqual({
      judged: 10,
      waiting: 0,
      recent: 10,
      onTime: 9,
      onTimeShare: 0.9,
      lateUnpaid: 0,
      // 4 days × £100 over £1,000.
      averageDaysLate: 0.4,
      medianDaysLate: 0,
      longestDaysLate: 4,
      longestUnpaid: false,
      // The late one is among the last 6: 4 × 100 / 600 = 0.67; the 4 before were all on the day.
      trend: {
        recentInvoices: 6,
        recentAverageDaysLate: 0.7,
        recentUnpaid: 0,
        earlierInvoices: 4,
        earlierAverageDaysLate: 0,
      },
      exposure: { owed: 0, creditLimit: null, limitUsed: null, overLimit: false },
    });
  });

  it('puts the grace edge at 3 days: 3 days late is on time, 4 is late', () => {
    const c = aCustomer(ctx);
    [0, 3, 3, 4].forEach((late, i) => {
      anInvoiceDue(ctx, c, monthly('2026-05-01', i), 5000, late);
    });
    const b = customerBehaviour(ctx, { id: c.id });
    expect(b.figures).toMatchObject({ recent: 4, onTime: 3, averageDaysLate: 2.5, longestDaysLate: 4 });
    expect(b).toMatchObject({
      class: 'occasional',
      reason: 'Paid 3 of the last 4 invoices on time; the late one was 4 days late.',
    });
  });

  it('takes the median weighted by amount, not by invoice', () => {
    const c = aCustomer(ctx);
    // Days late 0, 2, 5, 10, 40 on £60, £10, £10, £10, £10. Running amounts in order of days late:
    // 60 of 100 is reached at 0 days, so half the money came on time: weighted median 0 (by invoice
    // it would be 5). Average: (2 + 5 + 10 + 40) × 10 / 100 = 5.7.
    const plan: [number, number][] = [
      [2, 1000],
      [40, 1000],
      [0, 6000],
      [10, 1000],
      [5, 1000],
    ];
    plan.forEach(([late, amount], i) => {
      anInvoiceDue(ctx, c, monthly('2026-01-10', i), amount, late);
    });
    expect(customerBehaviour(ctx, { id: c.id }).figures).toMatchObject({
      medianDaysLate: 0,
      averageDaysLate: 5.7,
    });

    // Exactly half the money at 0 days is enough for 0; a penny less and the median moves to 7.
    const even = aCustomer(ctx);
    anInvoiceDue(ctx, even, '2026-03-01', 5000, 0);
    anInvoiceDue(ctx, even, '2026-04-01', 5000, 7);
    expect(customerBehaviour(ctx, { id: even.id }).figures.medianDaysLate).toBe(0);
    const uneven = aCustomer(ctx);
    anInvoiceDue(ctx, uneven, '2026-03-01', 4999, 0);
    anInvoiceDue(ctx, uneven, '2026-04-01', 5000, 7);
    expect(customerBehaviour(ctx, { id: uneven.id }).figures.medianDaysLate).toBe(7);
  });

  it('counts an unpaid overdue invoice as late so far, and leaves one not yet late unjudged', () => {
    const c = aCustomer(ctx);
    for (let i = 0; i < 3; i++) anInvoiceDue(ctx, c, monthly('2026-08-01', i), 10000, 0);
    const overdue = anInvoiceDue(ctx, c, '2026-11-03', 30000, null);
    aPayment(ctx, c, 'PART', '2026-11-10', 12000, overdue); // part paid: still open
    anInvoiceDue(ctx, c, '2026-11-21', 7000, null); // 2 days past due: within the grace
    anInvoiceDue(ctx, c, '2026-12-10', 8000, null); // not yet due
    const b = customerBehaviour(ctx, { id: c.id });
    expect(b.figures).toMatchObject({
      judged: 4,
      waiting: 2,
      recent: 4,
      onTime: 3,
      lateUnpaid: 1,
      // 20 days so far × £300 over £600.
      averageDaysLate: 10,
      longestDaysLate: 20,
      longestUnpaid: true,
      medianDaysLate: 0,
    });
    expect(b).toMatchObject({
      class: 'occasional',
      reason: 'Paid 3 of the last 4 invoices on time; the late one is 20 days overdue so far.',
    });
    expect(b.points.map((p) => [p.number, p.dueDate, p.paidOn, p.daysLate, p.amount, p.open])).toEqual([
      ['N1', '2026-08-01', '2026-08-01', 0, 10000, false],
      ['N2', '2026-08-31', '2026-08-31', 0, 10000, false],
      ['N3', '2026-09-30', '2026-09-30', 0, 10000, false],
      ['N4', '2026-11-03', null, 20, 30000, true],
    ]);
  });

  it('judges as of a past date with only what was known then', () => {
    const c = aCustomer(ctx);
    const x = anInvoice(ctx, c, 'X', '2026-06-01', '2026-06-30', 10000);
    aPayment(ctx, c, 'X1', '2026-07-10', 4000, x);
    aPayment(ctx, c, 'X2', '2026-08-09', 6000, x); // paid in full 40 days late
    anInvoice(ctx, c, 'Y', '2026-10-01', '2026-10-31', 5000); // not issued yet on the dates below

    const within = customerBehaviour(ctx, { id: c.id, asOf: '2026-07-02' });
    expect(within).toMatchObject({
      asOf: '2026-07-02',
      reason: '1 invoice so far, not yet late: too early to judge.',
    });
    expect(within.figures).toMatchObject({
      judged: 0,
      waiting: 1,
      averageDaysLate: null,
      medianDaysLate: null,
    });
    expect(within.points).toEqual([]);

    const soFar = customerBehaviour(ctx, { id: c.id, asOf: '2026-07-20' });
    expect(soFar.reason).toBe(
      'Only 1 invoice so far: too early to judge, though one is 20 days overdue so far.',
    );
    expect(soFar.points).toEqual([
      {
        invoiceId: x.id,
        number: 'X',
        dueDate: '2026-06-30',
        paidOn: null,
        daysLate: 20,
        amount: 10000,
        open: true,
      },
    ]);
    // Owed then: £100 less the £40 paid on 10 July.
    expect(soFar.figures.exposure.owed).toBe(6000);

    const after = customerBehaviour(ctx, { id: c.id, asOf: '2026-09-01' });
    expect(after.reason).toBe('Only 1 invoice so far: too early to judge, though one was 40 days late.');
    expect(after.figures).toMatchObject({ judged: 1, waiting: 0, longestDaysLate: 40, longestUnpaid: false });
    expect(after.points[0]).toMatchObject({ paidOn: '2026-08-09', daysLate: 40, open: false });
  });

  it('sets what is owed against the credit limit, as the ageing report counts it', () => {
    const over = aCustomer(ctx, { creditLimit: 50000 });
    anInvoiceDue(ctx, over, '2026-10-01', 30000, null);
    anInvoiceDue(ctx, over, '2026-12-01', 30000, null);
    const none = aCustomer(ctx);
    const b = anInvoice(ctx, none, 'B', '2026-11-01', '2026-12-01', 5000);
    aPayment(ctx, none, 'OVERPAID', '2026-11-10', 7000, b);
    const zero = aCustomer(ctx, { creditLimit: 0 });
    anInvoiceDue(ctx, zero, '2026-12-05', 100, null);
    const exposure = (id: number) => customerBehaviour(ctx, { id }).figures.exposure;
    expect(exposure(over.id)).toEqual({ owed: 60000, creditLimit: 50000, limitUsed: 1.2, overLimit: true });
    expect(exposure(none.id)).toEqual({ owed: -2000, creditLimit: null, limitUsed: null, overLimit: false });
    expect(exposure(zero.id)).toEqual({ owed: 100, creditLimit: 0, limitUsed: null, overLimit: true });
    for (const row of ageingReport(ctx).customers) expect(exposure(row.id).owed).toBe(row.balance);
  });

  it('has nothing to say about a customer without invoices, or with only a zero one', () => {
    const c = aCustomer(ctx);
    anInvoice(ctx, c, 'FREE', '2026-01-01', '2026-01-31', 0);
    expect(customerBehaviour(ctx, { id: c.id })).toEqual({
      asOf: '2026-11-23',
      currency: 'GBP',
      customerId: c.id,
      class: 'new',
      label: 'New customer',
      reason: 'No invoices yet: nothing to judge.',
      figures: {
        judged: 0,
        waiting: 0,
        recent: 0,
        onTime: 0,
        onTimeShare: null,
        lateUnpaid: 0,
        averageDaysLate: null,
        medianDaysLate: null,
        longestDaysLate: null,
        longestUnpaid: false,
        trend: null,
        exposure: { owed: 0, creditLimit: null, limitUsed: null, overLimit: false },
      },
      points: [],
    });
    expect(() => customerBehaviour(ctx, { id: 9999 })).toThrow();
  });
});
