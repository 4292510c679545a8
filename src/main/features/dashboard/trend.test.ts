import { describe, expect, it } from 'vitest';
import { addDays, endOfMonth } from '../../../shared/dates';
import { aCreditNote, aCustomer, anInvoice, aPayment } from '../../testing/builders';
import { createTestCtx } from '../../testing/test-app';
import { ageingReport } from '../ageing/ageing.service';
import { Prng } from '../demo/prng';
import { trend, trendDates } from './trend';

describe('trend dates', () => {
  it('gives the month ends before the date, oldest first, then the date', () => {
    expect(trendDates('2026-03-15', 3)).toEqual(['2025-12-31', '2026-01-31', '2026-02-28', '2026-03-15']);
    // A month end is not repeated.
    expect(trendDates('2024-02-29', 2)).toEqual(['2023-12-31', '2024-01-31', '2024-02-29']);
  });
});

describe('the incremental trend', () => {
  // Built month by month from the first point; it must equal the ageing run afresh at every date,
  // whatever the ledger: back-dated payments, part payments, payments naming invoices, credit notes.
  it.each([1, 2, 3, 4])('equals the ageing run at each date (random ledger, seed %i)', async (seed) => {
    const ctx = await createTestCtx('2026-11-23');
    const rng = new Prng(seed);
    // A third of the dates fall on a month end, where the trend's steps meet: the edges are where
    // an incremental sum goes wrong.
    const day = (from: string, span: number) => {
      const d = addDays(from, rng.int(0, span));
      return rng.next() < 0.35 ? endOfMonth(d) : d;
    };
    for (let c = 0; c < 6; c++) {
      const customer = aCustomer(ctx);
      const invoices: { id: number }[] = [];
      for (let i = 0; i < 25; i++) {
        const issue = day('2024-06-01', 900);
        const due = rng.next() < 0.35 ? endOfMonth(addDays(issue, 20)) : addDays(issue, rng.int(0, 3) * 15);
        invoices.push(anInvoice(ctx, customer, `S${seed}C${c}I${i}`, issue, due, rng.int(1, 50000)));
      }
      for (let p = 0; p < 20; p++) {
        const named = rng.next() < 0.4 ? invoices[rng.int(0, invoices.length - 1)] : undefined;
        aPayment(ctx, customer, `S${seed}C${c}P${p}`, day('2024-06-01', 900), rng.int(1, 40000), named);
      }
      for (let n = 0; n < 3; n++)
        aCreditNote(ctx, customer, `S${seed}C${c}N${n}`, day('2024-06-01', 900), rng.int(1, 9000));
    }
    const dates = trendDates('2026-11-23', 24);
    const points = trend(ctx.books, dates);
    const direct = dates.map((date) => {
      const r = ageingReport(ctx, date);
      const current = r.buckets.find((b) => b.label === 'current')!.amount;
      return { date, receivable: r.totalOpen, overdue: r.totalOpen - current };
    });
    expect(points).toEqual(direct);
    expect(points.some((p) => p.overdue > 0 && p.receivable > p.overdue)).toBe(true);
  });
});
