import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBooks } from '../main/db/books';
import { aCustomer, anInvoice, anInvoiceDue } from '../main/testing/builders';
import { addDays, fixedClock } from '../shared/dates';
import { runCaptured } from './cli.fixture';

// `duly behaviour`, run in-process on a books file made for the test.

let dir: string;
let out: string;
let err: string;
const run = async (...argv: string[]) => {
  let code: number;
  ({ code, out, err } = await runCaptured(dir, argv));
  return code;
};

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-behaviour-cli-'));
  const books = await openBooks(path.join(dir, 'shop.duly'));
  const ctx = { books, clock: fixedClock('2026-11-23') };
  const alder = aCustomer(ctx, { ref: 'A1', name: 'Alder & Ash', creditLimit: 50000 });
  for (let i = 0; i < 10; i++)
    anInvoiceDue(ctx, alder, addDays('2025-12-15', 30 * i), 10000, i === 6 ? 4 : 0);
  anInvoice(ctx, alder, 'INV-OPEN', '2026-11-10', '2026-12-10', 62500);
  const bramble = aCustomer(ctx, { ref: 'B2', name: 'Bramble Bikes' });
  for (let i = 0; i < 5; i++) anInvoiceDue(ctx, bramble, addDays('2026-01-10', 30 * i), 2000, 40);
  aCustomer(ctx, { ref: 'C3', name: 'Cobble Café' });
  books.close();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('duly behaviour', () => {
  it('prints each customer with class, reason and figures as the documented JSON', async () => {
    expect(await run('behaviour', '--db', 'shop.duly', '--today', '2026-11-23', '--format', 'json')).toBe(0);
    expect(err).toBe('');
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['asOf', 'currency', 'customers']);
    expect(json).toMatchObject({ asOf: '2026-11-23', currency: 'GBP' });
    expect(Object.keys(json.customers[0])).toEqual(['ref', 'name', 'class', 'label', 'reason', 'figures']);
    expect(
      json.customers.map((c: { ref: string; class: string; reason: string }) => [c.ref, c.class, c.reason]),
    ).toEqual([
      ['A1', 'reliable', 'Paid 9 of the last 10 invoices on time; the late one was 4 days late.'],
      ['B2', 'chronic', 'Paid none of the last 5 invoices on time; on average 40 days late.'],
      ['C3', 'new', 'No invoices yet: nothing to judge.'],
    ]);
    expect(json.customers[0].figures).toMatchObject({
      judged: 10,
      waiting: 1,
      averageDaysLate: 0.4,
      exposure: { owed: 62500, creditLimit: 50000, limitUsed: 1.25, overLimit: true },
    });
  });

  it('prints a table for people, amounts in pounds', async () => {
    expect(await run('behaviour', '--db', 'shop.duly', '--today', '2026-11-23')).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      'Payment behaviour as of 2026-11-23, 3 customers. Reliable payer: 1; Occasionally late: 0; Chronically late: 1; Getting worse: 0; New customer: 1.',
    );
    expect(out).toMatch(
      /A1 +Alder & Ash +Reliable payer +9\/10 +0\.4 +0 +4 +0\.7 vs 0\.0 +£625\.00 +£500\.00 +Paid 9 of/,
    );
    expect(out).toMatch(/B2 +Bramble Bikes +Chronically late +0\/5 +40\.0 +40 +40 +– +£0\.00 +– +Paid none/);
    expect(out).toMatch(/C3 +Cobble Café +New customer +– +– +– +– +– +£0\.00 +– +No invoices yet/);
  });

  it('judges as of an earlier date, with only what was known then', async () => {
    expect(await run('behaviour', '--db', 'shop.duly', '--as-of', '2026-03-01', '--format', 'json')).toBe(0);
    const json = JSON.parse(out);
    expect(json.asOf).toBe('2026-03-01');
    // By 1 March: Alder's invoices due 15 Dec, 14 Jan and 13 Feb were paid on the day, and the one
    // issued 13 Feb is not due yet. Bramble's due 10 Jan was paid 40 days late (19 Feb), the one due
    // 9 Feb is 20 days late so far, and the one issued 9 Feb is not due yet.
    expect(json.customers.map((c: { reason: string }) => c.reason)).toEqual([
      'Only 3 invoices paid or overdue so far (1 more not yet late): too early to judge.',
      'Only 2 invoices paid or overdue so far (1 more not yet late): too early to judge, though 2 were late, up to 40 days.',
      'No invoices yet: nothing to judge.',
    ]);
  });

  it('refuses a bad date, a missing --db and a books file that is not there', async () => {
    expect(await run('behaviour', '--db', 'shop.duly', '--as-of', '2026-02-30')).toBe(2);
    expect(err).toBe('duly behaviour: --as-of must be a real date written YYYY-MM-DD, not "2026-02-30".\n');
    expect(await run('behaviour', '--format', 'csv', '--db', 'shop.duly')).toBe(2);
    expect(err).toContain('--format must be one of table, json');
    expect(await run('behaviour')).toBe(2);
    expect(await run('behaviour', '--db', 'nowhere.duly')).toBe(1);
    expect(err).toContain('There is no books file');
    expect(await run('behaviour', '--help')).toBe(0);
    expect(out).toContain('duly behaviour --db FILE');
    expect(await run('--help')).toBe(0);
    expect(out).toContain('duly behaviour --db FILE');
  });
});
