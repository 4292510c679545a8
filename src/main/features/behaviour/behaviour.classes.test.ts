import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, fixedClock } from '../../../shared/dates';
import { createApp } from '../../app';
import type { Ctx } from '../../context';
import { aCustomer, anInvoiceDue } from '../../testing/builders';
import { createTestCtx } from '../../testing/test-app';
import { listCustomers } from '../customers/customer-list';
import { customerPage } from '../customers/customer-page';
import { allBehaviour, customerBehaviour } from './behaviour.service';

// Classes on real books: the trend's windows, the last 10 picked exactly, and every screen agreeing.

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
});

const fortnightly = (i: number) => addDays('2025-06-01', 14 * i);

describe('payment classes', () => {
  it('sees a customer getting worse: the last 6 against the 12 before them, no further back', () => {
    const c = aCustomer(ctx);
    anInvoiceDue(ctx, c, fortnightly(0), 10000, 100); // the oldest: outside the trend's 18, must not count
    for (let i = 1; i <= 12; i++) anInvoiceDue(ctx, c, fortnightly(i), 10000, 2);
    for (let i = 13; i <= 18; i++) anInvoiceDue(ctx, c, fortnightly(i), 10000, 25);
    const b = customerBehaviour(ctx, { id: c.id });
    expect(b).toMatchObject({
      class: 'worsening',
      label: 'Getting worse',
      reason: 'The last 6 invoices came 25 days late on average, against 2 days before.',
    });
    expect(b.figures).toMatchObject({
      judged: 19,
      trend: { recentInvoices: 6, recentAverageDaysLate: 25, earlierInvoices: 12, earlierAverageDaysLate: 2 },
      // The last 10: six 25 days late, four 2 days late (on time within the grace).
      recent: 10,
      onTime: 4,
      averageDaysLate: 15.8,
      // Equal amounts: the running total reaches half at the fifth smallest, the first 25.
      medianDaysLate: 25,
      longestDaysLate: 25,
    });
    expect(b.points).toHaveLength(19);
    expect(b.points.at(-1)).toMatchObject({ dueDate: fortnightly(18), daysLate: 25 });
  });

  it('calls mostly late chronic, with the average worked out', () => {
    const c = aCustomer(ctx);
    // Not getting worse: the last 6 average 23 days, the 4 before them 35.
    const lates = [40, 0, 30, 70, 0, 10, 60, 0, 20, 50];
    lates.forEach((late, i) => {
      anInvoiceDue(ctx, c, fortnightly(i), 2500, late);
    });
    // (40 + 30 + 70 + 10 + 60 + 20 + 50) / 10 = 28.
    expect(customerBehaviour(ctx, { id: c.id })).toMatchObject({
      class: 'chronic',
      label: 'Chronically late',
      reason: 'Paid 3 of the last 10 invoices on time; on average 28 days late.',
    });
  });

  it('picks the last 10 exactly when many invoices fall due on the same day', () => {
    const c = aCustomer(ctx);
    // Twelve invoices due the same day; the two made first were 50 days late, the rest on time.
    for (let i = 0; i < 12; i++) anInvoiceDue(ctx, c, '2026-05-01', 1000, i < 2 ? 50 : 0);
    const b = customerBehaviour(ctx, { id: c.id });
    expect(b.reason).toBe('Paid all of the last 10 invoices on time.');
    expect(b.figures.trend).toMatchObject({ earlierInvoices: 6, earlierAverageDaysLate: 16.7 });
  });

  it('calls a customer with 3 invoices new, and one with 4 judged', () => {
    const c = aCustomer(ctx);
    for (let i = 0; i < 3; i++) anInvoiceDue(ctx, c, fortnightly(i), 1000, 0);
    expect(customerBehaviour(ctx, { id: c.id })).toMatchObject({
      class: 'new',
      reason: 'Only 3 invoices so far: too early to judge.',
    });
    anInvoiceDue(ctx, c, fortnightly(3), 1000, 0);
    expect(customerBehaviour(ctx, { id: c.id })).toMatchObject({
      class: 'reliable',
      reason: 'Paid all of the last 4 invoices on time.',
    });
  });

  it('agrees across the list, the page, every customer and one customer, on any date', () => {
    // A varied shop from a fixed recipe: habits from prompt to hopeless, some still unpaid.
    let seed = 7;
    const next = (m: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % m;
    };
    for (let k = 0; k < 24; k++) {
      const c = aCustomer(ctx, { ref: `R${k}`, creditLimit: k % 3 === 0 ? 20000 : null });
      const habit = [0, 2, 6, 15, 40][k % 5]!;
      const count = next(26);
      for (let i = 0; i < count; i++) {
        const slip = i > count - 6 && k % 4 === 0 ? 30 : 0;
        const late = next(3) === 0 ? null : Math.max(0, habit + slip + next(9) - 4);
        anInvoiceDue(ctx, c, addDays('2025-11-01', 14 * i + next(5)), 1000 + next(9000), late);
      }
    }
    for (const asOf of ['2026-11-23', '2026-06-30', '2026-02-01']) {
      const all = allBehaviour(ctx, { asOf });
      expect(all.rows.map((r) => r.ref)).toEqual(Array.from({ length: 24 }, (_, k) => `R${k}`));
      for (const row of all.rows) {
        const one = customerBehaviour(ctx, { id: row.customerId, asOf });
        expect(one).toMatchObject({ class: row.class, reason: row.reason, figures: row.figures });
      }
      if (asOf !== '2026-11-23') continue;
      const classes = new Set(all.rows.map((r) => r.class));
      expect(classes.size).toBeGreaterThanOrEqual(4);
      for (const row of listCustomers(ctx, {}).rows) {
        const same = all.rows.find((r) => r.customerId === row.id)!;
        expect([row.behaviourClass, row.behaviourLabel]).toEqual([same.class, same.label]);
        expect(customerPage(ctx, row.id).behaviour).toEqual({
          class: same.class,
          label: same.label,
          reason: same.reason,
        });
      }
      // A search returns fewer rows; their classes are still the same.
      for (const row of listCustomers(ctx, { search: 'R1' }).rows) {
        expect(row.behaviourClass).toBe(all.rows.find((r) => r.customerId === row.id)!.class);
      }
    }
  });
});

describe('the behaviour channels', () => {
  it('answers behaviour.customer and behaviour.all through dispatch, and refuses a bad date', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-behaviour-'));
    const app = createApp({ userDataDir: dir, clock: fixedClock('2026-11-23'), transport: 'http' });
    try {
      await app.session.create('Corner Shop');
      const c = aCustomer(app.ctx(), { ref: 'A1' });
      const one = await app.dispatch('behaviour.customer', { id: c.id });
      expect(one).toMatchObject({ ok: true, data: { customerId: c.id, class: 'new' } });
      const all = await app.dispatch('behaviour.all', { asOf: '2026-01-31' });
      expect(all).toMatchObject({
        ok: true,
        data: { asOf: '2026-01-31', rows: [{ ref: 'A1', class: 'new' }] },
      });
      const bad = await app.dispatch('behaviour.all', { asOf: '2026-02-30' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'validation', field: 'asOf' } });
    } finally {
      app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
