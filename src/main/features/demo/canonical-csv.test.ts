import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMoney } from '../../../shared/money';
import type { Ctx } from '../../context';
import { createTestCtx } from '../../testing/test-app';
import { csvField, writeCanonicalCsv } from './canonical-csv';
import { createDemoShop } from './demo.service';

const HEADERS = {
  'customers.csv':
    'customer_ref,name,email,payment_terms_days,credit_limit,contact_name,phone,address_line1,address_line2,postcode,city,country',
  'invoices.csv': 'invoice_number,customer_ref,issue_date,due_date,total',
  'payments.csv': 'payment_ref,customer_ref,date,amount,invoice_number',
  'credit_notes.csv': 'credit_note_number,customer_ref,date,amount,invoice_number,reason',
};

describe('csvField', () => {
  it('quotes only what RFC 4180 needs quoting, doubling quotes', () => {
    expect(csvField('Penrose Builders')).toBe('Penrose Builders');
    expect(csvField('')).toBe('');
    expect(csvField('Smith, Jones & Partners')).toBe('"Smith, Jones & Partners"');
    expect(csvField('The "Old Forge"')).toBe('"The ""Old Forge"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField("Zoë O'Brien")).toBe("Zoë O'Brien");
  });
});

describe('writeCanonicalCsv', () => {
  let ctx: Ctx;
  let dir: string;
  let files: string[];
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
  const parse = (name: string) =>
    Papa.parse<Record<string, string>>(read(name), { header: true, skipEmptyLines: true });
  const count = (table: string) =>
    ctx.books.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

  beforeAll(async () => {
    ctx = await createTestCtx('2026-11-23');
    createDemoShop(ctx, { size: 'small', seed: 11 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-canonical-'));
    ({ files } = writeCanonicalCsv(ctx, path.join(dir, 'export')));
    dir = path.join(dir, 'export');
  });
  afterAll(() => {
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('writes the four files with their exact headers, UTF-8 without BOM, \\n line ends', () => {
    expect(files.map((f) => path.basename(f))).toEqual(Object.keys(HEADERS));
    for (const [name, header] of Object.entries(HEADERS)) {
      const bytes = fs.readFileSync(path.join(dir, name));
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.slice(0, text.indexOf('\n'))).toBe(header);
      expect(text.includes('\r')).toBe(false);
      expect(text.endsWith('\n')).toBe(true);
    }
  });

  it('writes one row per record', () => {
    expect(parse('customers.csv').data).toHaveLength(count('customers'));
    expect(parse('invoices.csv').data).toHaveLength(count('invoices'));
    expect(parse('payments.csv').data).toHaveLength(count('payments'));
    expect(parse('credit_notes.csv').data).toHaveLength(count('credit_notes'));
    for (const name of Object.keys(HEADERS)) expect(parse(name).errors).toEqual([]);
  });

  it('quotes names with commas and quotes, and keeps every alphabet intact', () => {
    const text = read('customers.csv');
    expect(text).toContain('"Smith, Jones & Partners"');
    expect(text).toContain('"The ""Old Forge"" Tea Rooms"');
    const names = parse('customers.csv').data.map((r) => r.name);
    for (const name of [
      'Café Müller',
      'Łukasz Nowak',
      'Ørsted Bikes',
      "Zoë O'Brien & Sons",
      'Σοφία Παπαδοπούλου',
      'Ярослав Ковальчук',
      'Smith, Jones & Partners',
      'The "Old Forge" Tea Rooms',
    ]) {
      expect(names).toContain(name);
    }
    const stored = ctx.books.sqlite.prepare('SELECT name FROM customers ORDER BY id').pluck().all();
    expect(names).toEqual(stored);
  });

  it('writes amounts as decimals that read back to the same pence, and empty cells for nothing', () => {
    const invoices = parse('invoices.csv').data;
    expect(invoices.every((r) => /^\d+\.\d{2}$/.test(r.total!))).toBe(true);
    const totals = invoices.map((r) => parseMoney(r.total!, 2));
    const stored = ctx.books.sqlite
      .prepare('SELECT total FROM invoices ORDER BY issue_date, id')
      .pluck()
      .all();
    expect(totals).toEqual(stored);

    const customers = parse('customers.csv').data;
    const limits = ctx.books.sqlite
      .prepare('SELECT credit_limit, payment_terms_days FROM customers ORDER BY id')
      .raw(true)
      .all() as [number | null, number | null][];
    customers.forEach((c, i) => {
      const [limit, terms] = limits[i]!;
      expect(c.credit_limit).toBe(limit === null ? '' : (limit / 100).toFixed(2));
      expect(c.payment_terms_days).toBe(terms === null ? '' : String(terms));
    });

    const payments = parse('payments.csv').data;
    const unnamed = payments.filter((p) => p.invoice_number === '').length;
    const withoutTargets = ctx.books.sqlite
      .prepare(
        'SELECT COUNT(*) FROM payments p WHERE NOT EXISTS (SELECT 1 FROM payment_targets t WHERE t.payment_id = p.id)',
      )
      .pluck()
      .get();
    expect(unnamed).toBe(withoutTargets);
    expect(payments.some((p) => /^INV-\d{6}$/.test(p.invoice_number!))).toBe(true);
    const credits = parse('credit_notes.csv').data;
    expect(credits.every((c) => c.reason !== '' && /^\d{4}-\d{2}-\d{2}$/.test(c.date!))).toBe(true);
  });

  it('lists several named invoices of one payment separated by ";"', async () => {
    const small = await createTestCtx('2026-11-23');
    createDemoShop(small, { size: 'small', seed: 3 });
    const pay = small.books.sqlite
      .prepare('SELECT id FROM payments ORDER BY id LIMIT 1')
      .pluck()
      .get() as number;
    const { customer_id } = small.books.sqlite
      .prepare('SELECT customer_id FROM payments WHERE id = ?')
      .get(pay) as {
      customer_id: number;
    };
    const numbers = small.books.sqlite
      .prepare('SELECT id, number FROM invoices WHERE customer_id = ? ORDER BY id LIMIT 2')
      .all(customer_id) as { id: number; number: string }[];
    small.books.sqlite.prepare('DELETE FROM payment_targets WHERE payment_id = ?').run(pay);
    const add = small.books.sqlite.prepare(
      'INSERT INTO payment_targets (payment_id, position, invoice_id) VALUES (?, ?, ?)',
    );
    add.run(pay, 0, numbers[1]!.id);
    add.run(pay, 1, numbers[0]!.id);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-canonical-'));
    try {
      writeCanonicalCsv(small, out);
      const ref = small.books.sqlite.prepare('SELECT ref FROM payments WHERE id = ?').pluck().get(pay);
      const text = fs.readFileSync(path.join(out, 'payments.csv'), 'utf8');
      const row = text.split('\n').find((l) => l.startsWith(`${ref},`));
      expect(row?.endsWith(`,${numbers[1]!.number};${numbers[0]!.number}`)).toBe(true);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
