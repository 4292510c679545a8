import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { DulyError } from '../../../shared/errors';
import type { Ctx } from '../../context';
import { hasPoppler, NO_POPPLER, pdfPages } from '../../pdf/testing/poppler';
import { createTestCtx } from '../../testing/test-app';
import { ageingOptions, ageingReport } from '../ageing/ageing.service';
import { activityData } from './activity.data';
import { aCreditNote, aCustomer, anInvoice, aPayment, business, lukasz, pictures } from './documents.fixture';
import { defaultFrom, renderStatement } from './documents.service';
import { statementData } from './statement.data';

// The activity statement: brought forward, every movement in date order with the balance after each,
// and a closing balance that is the open-item balance on the last day, whatever the dates.

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
  business(ctx);
});

const cells = (line: string) => line.trim().split(/\s{2,}/);

describe('the activity figures', () => {
  it('close on the open-item balance of the last day, for any period', () => {
    const customers = [aCustomer(ctx), aCustomer(ctx), aCustomer(ctx)];
    let n = 0;
    for (let day = 0; day < 320; day += 5) {
      const c = customers[day % 3]!;
      const issue = addDays('2026-01-01', day);
      const inv = anInvoice(ctx, c, `A${n++}`, issue, addDays(issue, 14 + (day % 40)), 2_001 + day * 41);
      if (day % 3 === 0) aPayment(ctx, c, `AP${n}`, addDays(issue, 9 + (day % 50)), 1_499 + day * 13);
      if (day % 7 === 0) aPayment(ctx, c, `AN${n}`, addDays(issue, 3), 777, inv);
      if (day % 11 === 0) aCreditNote(ctx, c, `AC${n}`, addDays(issue, 20), 333 + day);
    }
    const ids = customers.map((c) => c.id);
    const options = ageingOptions(ctx);
    for (let day = 0; day < 360; day += 17) {
      const to = addDays('2026-01-01', day);
      for (const from of ['2025-12-01', defaultFrom(to), to]) {
        const open = statementData(ctx.books, ids, to, options);
        const activity = activityData(ctx.books, ids, from, to);
        const report = ageingReport(ctx, to);
        activity.forEach((a, i) => {
          expect(a.closing, `${from}..${to}`).toBe(open[i]!.balance);
          expect(a.closing).toBe(report.customers.find((c) => c.id === a.customerId)?.balance ?? 0);
          expect(a.opening + a.charged - a.received).toBe(a.closing);
          expect(a.entries.at(-1)?.balance ?? a.opening).toBe(a.closing);
        });
      }
    }
  });

  it('starts the default period on the first of the month before', () => {
    expect(defaultFrom('2026-11-23')).toBe('2026-10-01');
    expect(defaultFrom('2026-01-31')).toBe('2025-12-01');
    expect(defaultFrom('2026-03-31')).toBe('2026-02-01');
  });

  it('refuses a period that ends before it starts', async () => {
    const c = lukasz(ctx);
    await expect(
      renderStatement(ctx, { kind: 'activity', customerId: c.id, from: '2026-11-24', asOf: '2026-11-23' }),
    ).rejects.toThrow(DulyError);
  });
});

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('the activity statement', () => {
  it('brings the balance forward, lists every movement in date order with the balance after each, and closes', async () => {
    const c = lukasz(ctx);
    const r = await renderStatement(ctx, { kind: 'activity', customerId: c.id, from: '2026-06-01' });
    pictures(r.bytes, 'activity-a4');
    expect(r.parts[0]!.amountDue).toBe(173_265);
    const pages = pdfPages(r.bytes);
    const text = pages.join('\n');
    expect(text).toContain('Account activity');
    expect(text).toContain('From 01/06/2026 to 23/11/2026');
    const rows = text
      .split('\n')
      .filter((l) => /^\s*\d\d\/\d\d\/2026\s{2,}(Balance brought|Invoice|Payment|Credit note)/.test(l))
      .map(cells);
    expect(rows).toEqual([
      // INV-100 £50 and INV-104 £999.99, less CN-1 £25.50 and P-0 £62.34, all before June.
      ['01/06/2026', 'Balance brought forward', '£962.15'],
      ['01/08/2026', 'Invoice INV-103', '31/08/2026', '£300.00', '£1,262.15'],
      ['15/09/2026', 'Payment P-1', '£100.00', '£1,162.15'],
      ['01/10/2026', 'Invoice INV-102', '31/10/2026', '£450.50', '£1,612.65'],
      ['10/11/2026', 'Invoice INV-101', '10/12/2026', '£120.00', '£1,732.65'],
    ]);
    expect(cells(text.split('\n').find((l) => l.includes('Balance on 23/11/2026'))!)).toEqual([
      'Balance on 23/11/2026',
      '£870.50',
      '£100.00',
      '£1,732.65',
    ]);
    // The same balance as the open-item statement and the ageing row below.
    expect(ageingReport(ctx).customers[0]!.balance).toBe(173_265);
    expect(text).toMatch(/How long it has been owed[\s\S]*£1,732\.65/);
    expect(text).toContain('Please return this part with your payment');
  });

  it('says when nothing happened in the period', async () => {
    const c = lukasz(ctx);
    const r = await renderStatement(ctx, {
      kind: 'activity',
      customerId: c.id,
      from: '2026-06-01',
      asOf: '2026-07-01',
    });
    const [page] = pdfPages(r.bytes) as [string];
    expect(page).toContain(
      'There were no invoices, payments or credit notes on your account from 01/06/2026',
    );
    expect(cells(page.split('\n').find((l) => l.includes('Balance on 01/07/2026'))!)).toEqual([
      'Balance on 01/07/2026',
      '£0.00',
      '£0.00',
      '£962.15',
    ]);
  });
});
