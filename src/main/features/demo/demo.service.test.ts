import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../shared/dates';
import { DulyError } from '../../../shared/errors';
import type { Ctx } from '../../context';
import { aCustomer } from '../../testing/builders';
import { createTestCtx } from '../../testing/test-app';
import { ageingReport } from '../ageing/ageing.service';
import { nameKey } from '../customers/customer-names';
import { getSettings } from '../settings/settings.service';
import { createDemoShop, type DemoProgress, type DemoSummary } from './demo.service';

const TODAY = '2026-11-23';

async function smallShop(seed: number, onProgress?: (p: DemoProgress) => void) {
  const ctx = await createTestCtx(TODAY);
  const summary = createDemoShop(ctx, { size: 'small', seed, onProgress });
  return { ctx, summary };
}

const all = <T>(ctx: Ctx, sql: string, ...params: unknown[]) =>
  ctx.books.sqlite.prepare(sql).all(...params) as T[];
const one = <T>(ctx: Ctx, sql: string) => ctx.books.sqlite.prepare(sql).pluck().get() as T;

/** Every row of every table, in a fixed order: two books are the same if their dumps are. */
function dump(ctx: Ctx): string {
  const tables: [string, string][] = [
    ['settings', 'id'],
    ['customers', 'id'],
    ['customer_tags', 'customer_id, tag'],
    ['invoices', 'id'],
    ['payments', 'id'],
    ['payment_targets', 'payment_id, position'],
    ['credit_notes', 'id'],
    ['allocations', 'id'],
  ];
  return JSON.stringify(tables.map(([t, order]) => all(ctx, `SELECT * FROM ${t} ORDER BY ${order}`)));
}

interface PaidInvoice {
  customer_id: number;
  issue_date: string;
  due_date: string;
  paid_on: string | null;
}

/** Days late of each invoice issued by today, by customer, in issue order; open ones count as of today. */
function latenessByCustomer(ctx: Ctx): Map<number, { issue: string; late: number; paid: boolean }[]> {
  const out = new Map<number, { issue: string; late: number; paid: boolean }[]>();
  const rows = all<PaidInvoice>(
    ctx,
    'SELECT customer_id, issue_date, due_date, paid_on FROM invoices ORDER BY customer_id, issue_date, id',
  );
  for (const r of rows) {
    const late = daysBetween(r.due_date, r.paid_on ?? TODAY);
    if (!out.has(r.customer_id)) out.set(r.customer_id, []);
    out.get(r.customer_id)!.push({ issue: r.issue_date, late, paid: r.paid_on !== null });
  }
  return out;
}

describe('the small demo shop', () => {
  let ctx: Ctx;
  let summary: DemoSummary;
  beforeAll(async () => {
    ({ ctx, summary } = await smallShop(7));
  });

  it('has about 60 customers and 1,500 invoices over two years, ending today', () => {
    expect(summary.customers).toBe(60);
    expect(summary.invoices).toBeGreaterThan(1_300);
    expect(summary.invoices).toBeLessThan(1_700);
    expect(summary.payments).toBeGreaterThan(1_000);
    expect(summary.creditNotes).toBeGreaterThan(0);
    expect(summary).toMatchObject({
      customers: one(ctx, 'SELECT COUNT(*) FROM customers'),
      invoices: one(ctx, 'SELECT COUNT(*) FROM invoices'),
      payments: one(ctx, 'SELECT COUNT(*) FROM payments'),
      creditNotes: one(ctx, 'SELECT COUNT(*) FROM credit_notes'),
      totalInvoiced: one(ctx, 'SELECT SUM(total) FROM invoices'),
      openNow: one(ctx, 'SELECT SUM(open_amount) FROM invoices'),
      from: one(ctx, 'SELECT MIN(issue_date) FROM invoices'),
      to: TODAY,
    });
    expect(Math.abs(daysBetween(addDays(TODAY, -730), summary.from))).toBeLessThan(10);
    expect(summary.openNow).toBeGreaterThan(0);
    expect(summary.openNow).toBeLessThan(summary.totalInvoiced * 0.2);
  });

  it('sets the business up as a British shop', () => {
    expect(getSettings(ctx)).toMatchObject({
      businessName: 'Harbour Lane Hardware',
      city: 'Falmouth',
      country: 'United Kingdom',
      currency: 'GBP',
      locale: 'en-GB',
      defaultPaymentTermsDays: 30,
    });
    expect(getSettings(ctx).postcode).not.toBe('');
  });

  it('writes only valid documents: dates up to today, whole pence, numbers in date order', () => {
    const invoices = all<{
      number: string;
      issue_date: string;
      due_date: string;
      total: number;
      source: string;
    }>(ctx, 'SELECT number, issue_date, due_date, total, source FROM invoices ORDER BY number');
    for (const [i, inv] of invoices.entries()) {
      expect(inv.number).toBe(`INV-${String(i + 1).padStart(6, '0')}`);
      expect(inv.due_date >= inv.issue_date).toBe(true);
      expect(inv.issue_date <= TODAY).toBe(true);
      expect(Number.isInteger(inv.total)).toBe(true);
      expect(inv.total).toBeGreaterThanOrEqual(1_250);
      expect(inv.total).toBeLessThanOrEqual(480_000);
      expect(inv.source).toBe('demo');
      if (i > 0) expect(inv.issue_date >= invoices[i - 1]!.issue_date).toBe(true);
    }
    for (const table of ['payments', 'credit_notes']) {
      expect(
        one(
          ctx,
          `SELECT COUNT(*) FROM ${table} WHERE date > '${TODAY}' OR amount != CAST(amount AS INTEGER)`,
        ),
      ).toBe(0);
    }
    expect(
      all(ctx, "SELECT ref FROM payments WHERE ref NOT GLOB 'PAY-[0-9][0-9][0-9][0-9][0-9][0-9]'"),
    ).toEqual([]);
    expect(
      all(ctx, "SELECT number FROM credit_notes WHERE number NOT GLOB 'CN-[0-9][0-9][0-9][0-9][0-9][0-9]'"),
    ).toEqual([]);
    const customers = all<{ ref: string; name: string; name_key: string }>(
      ctx,
      'SELECT ref, name, name_key FROM customers',
    );
    for (const c of customers) {
      expect(c.ref).toMatch(/^C\d{5}$/);
      expect(c.name_key).toBe(nameKey(c.name));
    }
  });

  it('has real customers: accented and non-Latin names, some without email, terms and limits varied', () => {
    const names = all<{ name: string }>(ctx, 'SELECT name FROM customers').map((c) => c.name);
    for (const name of [
      'Café Müller',
      'Łukasz Nowak',
      'Ørsted Bikes',
      "Zoë O'Brien & Sons",
      'Σοφία Παπαδοπούλου',
      'Ярослав Ковальчук',
    ]) {
      expect(names).toContain(name);
    }
    expect(one(ctx, "SELECT COUNT(*) FROM customers WHERE email = ''")).toBeGreaterThan(0);
    expect(one(ctx, "SELECT COUNT(*) FROM customers WHERE email != ''")).toBeGreaterThan(40);
    const terms = all<{ t: number | null }>(
      ctx,
      'SELECT DISTINCT payment_terms_days AS t FROM customers',
    ).map((r) => r.t);
    expect(terms).toEqual(expect.arrayContaining([30, null]));
    expect(one(ctx, 'SELECT COUNT(*) FROM customers WHERE credit_limit IS NOT NULL')).toBeGreaterThan(0);
    expect(one(ctx, "SELECT COUNT(*) FROM customer_tags WHERE tag = 'trade'")).toBeGreaterThan(0);
  });

  it('derives what is open from the allocations, and the ageing adds up to it', () => {
    const broken = all(
      ctx,
      `SELECT i.id FROM invoices i
        WHERE i.open_amount + COALESCE((SELECT SUM(amount) FROM allocations a WHERE a.invoice_id = i.id), 0) != i.total`,
    );
    expect(broken).toEqual([]);
    const report = ageingReport(ctx);
    expect(report.totalOpen).toBe(summary.openNow);
    const [current, d30, d60, d90, older] = report.buckets.map((b) => b.amount) as [
      number,
      number,
      number,
      number,
      number,
    ];
    // Like a real shop: mostly current and 1-30, a tail beyond.
    expect(current + d30).toBeGreaterThan(report.totalOpen / 2);
    expect(d60 + d90 + older).toBeGreaterThan(0);
  });

  it('has every kind of payer the behaviour classes look for', () => {
    const byCustomer = latenessByCustomer(ctx);
    const histories = [...byCustomer.values()];
    const paid = (h: { late: number; paid: boolean }[]) => h.filter((x) => x.paid);
    // Reliable: ten or more paid invoices, nine in ten on or before the due date.
    expect(
      histories.some(
        (h) => paid(h).length >= 10 && paid(h).filter((x) => x.late <= 0).length >= 0.9 * paid(h).length,
      ),
    ).toBe(true);
    // Occasionally late: mostly on time, a few 3-20 days late.
    expect(
      histories.some(
        (h) =>
          paid(h).filter((x) => x.late >= 3 && x.late <= 20).length >= 2 &&
          paid(h).filter((x) => x.late <= 0).length >= 0.6 * paid(h).length,
      ),
    ).toBe(true);
    // Chronically late: three or more invoices paid a month or more late.
    expect(histories.some((h) => paid(h).filter((x) => x.late >= 30).length >= 3)).toBe(true);
    // Getting worse: on time until this year, then later and later.
    const yearAgo = addDays(TODAY, -365);
    const halfYear = addDays(TODAY, -180);
    const worsening = histories.filter((h) => {
      const before = h.filter((x) => x.issue < yearAgo);
      const recent = h.filter((x) => x.issue >= halfYear && x.issue <= addDays(TODAY, -45));
      const avg = (xs: { late: number }[]) => xs.reduce((s, x) => s + x.late, 0) / xs.length;
      return before.length >= 5 && avg(before) <= 2 && recent.length >= 3 && avg(recent) >= 20;
    });
    expect(worsening.length).toBeGreaterThan(0);
    // Bad payers: two or more invoices open more than 90 days past due.
    expect(histories.some((h) => h.filter((x) => !x.paid && x.late > 90).length >= 2)).toBe(true);
    // New: first invoice in the last two months.
    const newOnes = histories.filter((h) => h[0]!.issue >= addDays(TODAY, -60));
    expect(newOnes.length).toBeGreaterThanOrEqual(3);
  });

  it('has payments as they come: named, unreferenced, in instalments, overpaid, and credit notes', () => {
    const payments = one<number>(ctx, 'SELECT COUNT(*) FROM payments');
    const unreferenced = one<number>(
      ctx,
      'SELECT COUNT(*) FROM payments p WHERE NOT EXISTS (SELECT 1 FROM payment_targets t WHERE t.payment_id = p.id)',
    );
    expect(unreferenced).toBeGreaterThan(0);
    expect(unreferenced).toBeLessThan(payments / 2);
    const instalments = one<number>(
      ctx,
      'SELECT COUNT(*) FROM (SELECT invoice_id FROM payment_targets GROUP BY invoice_id HAVING COUNT(*) >= 2)',
    );
    expect(instalments).toBeGreaterThan(0);
    expect(one(ctx, 'SELECT SUM(unapplied) FROM payments')).toBeGreaterThan(0);
    expect(ageingReport(ctx).unappliedCredit).toBeGreaterThan(0);
    expect(one(ctx, 'SELECT COUNT(*) FROM credit_notes WHERE invoice_id IS NOT NULL')).toBeGreaterThan(0);
    expect(one(ctx, "SELECT COUNT(*) FROM credit_notes WHERE reason = ''")).toBe(0);
    const methods = all<{ method: string }>(ctx, 'SELECT DISTINCT method FROM payments ORDER BY method').map(
      (m) => m.method,
    );
    expect(methods).toEqual(['bank transfer', 'card', 'cash', 'cheque']);
  });
});

describe('creating a demo shop', () => {
  it('gives identical books for the same seed, and different books for another', async () => {
    const a = await smallShop(42);
    const b = await smallShop(42);
    const c = await smallShop(43);
    expect(b.summary).toEqual(a.summary);
    expect(dump(b.ctx)).toBe(dump(a.ctx));
    expect(c.summary.totalInvoiced).not.toBe(a.summary.totalInvoiced);
    expect(c.summary.openNow).not.toBe(a.summary.openNow);
  });

  it('refuses books that already have customers, and leaves them as they were', async () => {
    const ctx = await createTestCtx(TODAY);
    aCustomer(ctx, { name: 'Existing Ltd' });
    const before = dump(ctx);
    expect(() => createDemoShop(ctx, { size: 'small' })).toThrow(DulyError);
    try {
      createDemoShop(ctx, { size: 'small' });
    } catch (error) {
      expect((error as DulyError).code).toBe('conflict');
    }
    expect(dump(ctx)).toBe(before);
  });

  it('writes nothing at all when it fails midway', async () => {
    const ctx = await createTestCtx(TODAY);
    const before = dump(ctx);
    const failInPayments = (p: DemoProgress) => {
      if (p.phase === 'payments') throw new Error('power cut');
    };
    expect(() => createDemoShop(ctx, { size: 'small', onProgress: failInPayments })).toThrow('power cut');
    expect(dump(ctx)).toBe(before);
    expect(ctx.books.sqlite.inTransaction).toBe(false);
  });

  it('reports progress phase by phase, and not too often', async () => {
    const seen: DemoProgress[] = [];
    await smallShop(1, (p) => seen.push(p));
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(['customers', 'invoices', 'credit notes', 'payments', 'allocating']);
    for (const p of seen) expect(p.done).toBeLessThanOrEqual(p.total);
    expect(seen.at(-1)).toMatchObject({ phase: 'allocating', done: 60, total: 60 });
    expect(seen.length).toBeLessThan(20);
  });

  it('refuses a seed that is not a whole number', async () => {
    const ctx = await createTestCtx(TODAY);
    expect(() => createDemoShop(ctx, { size: 'small', seed: 1.5 })).toThrow('whole number');
  });
});
