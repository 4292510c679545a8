import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasPoppler, pdfInfo, pdfPages } from '../main/pdf/testing/poppler';
import { FIXTURES } from '../main/testing/fixtures';
import { runCaptured } from './cli.fixture';

let dir: string;
let out: string;
let err: string;
const run = async (...argv: string[]) => {
  let code: number;
  ({ code, out, err } = await runCaptured(dir, argv));
  return code;
};
const fx = (name: string) => path.join(FIXTURES, name);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-cli-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('duly import', () => {
  it('imports files named by kind and says what it recognised and added', async () => {
    const code = await run(
      'import',
      '--db',
      'shop.duly',
      '--customers',
      fx('canonical-customers.csv'),
      '--invoices',
      fx('canonical-invoices.csv'),
      '--payments',
      fx('canonical-payments.csv'),
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('canonical-customers.csv: Duly customers file (utf-8): 5 customers');
    expect(out).toContain('Imported: 5 customers, 7 invoices, 6 payments, 0 credit notes.');
    expect(fs.existsSync(path.join(dir, 'shop.duly'))).toBe(true);
  });

  it('recognises files given without a flag, by their content', async () => {
    const code = await run(
      'import',
      '--db',
      'qb.duly',
      '--dry-run',
      fx('quickbooks-online-invoice-list.csv'),
      fx('till-sales.csv'),
    );
    expect(code).toBe(0);
    expect(out).toContain(
      'quickbooks-online-invoice-list.csv: QuickBooks Online invoice or transaction list (utf-8, header on row 5, dates MM/DD/YYYY, exported 2026-01-05): 8 invoices',
    );
    expect(out).toContain(
      'till-sales.csv: till (point of sale) journal (utf-8, dates DD/MM/YYYY, decimal comma): 3 invoices, 3 payments, 1 credit note; left out: 2 sale paid at the tills',
    );
    expect(out).toContain('Would import:');
  });

  it('refuses a file with a bad row: one line on stderr, every problem on stdout, nothing saved', async () => {
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      'invoice_number,customer_ref,issue_date,due_date,total\nI1,C1,2026-01-01,2026-01-31,1.00\nI2,C1,2026-02-31,2026-03-01,x\n',
    );
    fs.writeFileSync(
      path.join(dir, 'c.csv'),
      'customer_ref,name,email,payment_terms_days,credit_limit\nC1,One,,30,\n',
    );
    const code = await run('import', '--db', 'shop.duly', 'c.csv', 'bad.csv');
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(
      /^duly import: Nothing was imported: 2 problems to fix first\. bad\.csv, row 3, field "issue_date"/,
    );
    expect(out).toContain('Problem: bad.csv, row 3, field "total": "x" is not an amount.');
    expect(await run('ageing', '--db', 'shop.duly', '--format', 'json')).toBe(0);
    expect(JSON.parse(out).customers).toEqual([]);
  });

  it('asks for --date-format when the file cannot tell, and takes it', async () => {
    fs.writeFileSync(
      path.join(dir, 'i.csv'),
      'Invoice #,Customer,Invoice Date,Amount\n1,Alpha,03/04/2026,10.00\n',
    );
    expect(await run('import', '--db', 'shop.duly', 'i.csv')).toBe(1);
    expect(err).toMatch(/day\/month or month\/day/);
    expect(await run('import', '--db', 'shop.duly', '--date-format', 'MM/DD/YYYY', 'i.csv')).toBe(0);
    expect(await run('import', '--db', 'shop.duly', '--date-format', 'YYYY', 'i.csv')).toBe(2);
  });
});

describe('duly ageing', () => {
  beforeEach(async () => {
    await run(
      'import',
      '--db',
      'shop.duly',
      fx('canonical-customers.csv'),
      fx('canonical-invoices.csv'),
      fx('canonical-payments.csv'),
    );
  });

  it('prints the documented JSON, amounts in minor units', async () => {
    expect(await run('ageing', '--db', 'shop.duly', '--as-of', '2026-01-10', '--format', 'json')).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual([
      'asOf',
      'currency',
      'buckets',
      'totalOpen',
      'unappliedCredit',
      'openInvoices',
      'customers',
    ]);
    expect(json.asOf).toBe('2026-01-10');
    expect(json.buckets.map((b: { label: string }) => b.label)).toEqual([
      'current',
      '1-30',
      '31-60',
      '61-90',
      '90+',
    ]);
    expect(Object.keys(json.customers[0])).toEqual(['ref', 'name', 'buckets', 'credit', 'balance']);
    expect(json.totalOpen).toBe(18640 + 11480 + 154500 + 110250);
    expect(json.unappliedCredit).toBe(2375);
    const c001 = json.customers.find((c: { ref: string }) => c.ref === 'C001');
    expect(c001).toEqual({
      ref: 'C001',
      name: 'Café Müller',
      buckets: { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 },
      credit: 2375,
      balance: -2375,
    });
    for (const c of json.customers) {
      const sum = Object.values(c.buckets as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(c.balance).toBe(sum - c.credit);
    }
  });

  it('prints CSV for spreadsheets and a table for people', async () => {
    expect(await run('ageing', '--db', 'shop.duly', '--as-of', '2026-01-10', '--format', 'csv')).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('ref,name,current,1-30,31-60,61-90,90+,credit,balance');
    expect(lines).toContain("C003,O'Brien & Sons,1102.50,0.00,186.40,0.00,0.00,0.00,1288.90");
    // As of 10 January: INV-2025-002 is 57 days late, -003 38 and -004 37: all three in 31-60.
    expect(lines.at(-1)).toBe('TOTAL,,1102.50,0.00,1846.20,0.00,0.00,23.75,2924.95');
    expect(await run('ageing', '--db', 'shop.duly', '--as-of', '2026-01-10')).toBe(0);
    expect(out).toContain('Aged receivables as of 2026-01-10 (GBP): 4 open invoices');
    expect(out).toMatch(/Total +£1,102\.50 +– +£1,846\.20 +– +– +£23\.75 +£2,924\.95/);
  });

  it('writes CSV, JSON or a table to --out instead of the screen, and says so in one line', async () => {
    expect(await run('ageing', '--db', 'shop.duly', '--as-of', '2026-01-10', '--format', 'csv')).toBe(0);
    const printed = out;
    expect(
      await run('ageing', '--db', 'shop.duly', '--as-of', '2026-01-10', '--format', 'csv', '--out', 'a.csv'),
    ).toBe(0);
    expect(out).toBe('Wrote aged receivables as of 2026-01-10 to a.csv (4 customers).\n');
    expect(err).toBe('');
    expect(fs.readFileSync(path.join(dir, 'a.csv'), 'utf8')).toBe(printed);
    // The extension chooses the format when --format is not given; a file is replaced whole.
    fs.writeFileSync(path.join(dir, 'b.json'), 'old');
    expect(await run('ageing', '--db', 'shop.duly', '--as-of', '2026-01-10', '--out', 'b.json')).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'b.json'), 'utf8')).totalOpen).toBe(294870);
    expect(await run('ageing', '--db', 'shop.duly', '--as-of', '2026-01-10', '--out', 'c.txt')).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'c.txt'), 'utf8')).toContain('Aged receivables as of 2026-01-10');
    expect(fs.readdirSync(dir).sort()).toEqual(['a.csv', 'b.json', 'c.txt', 'shop.duly']);
  });

  it.skipIf(!hasPoppler)('writes the PDF to --out, with the invoices when --detail is given', async () => {
    const args = ['ageing', '--db', 'shop.duly', '--as-of', '2026-01-10', '--today', '2026-01-11'];
    expect(await run(...args, '--format', 'pdf', '--out', 'ageing.pdf')).toBe(0);
    expect(err).toBe('');
    const bytes = fs.readFileSync(path.join(dir, 'ageing.pdf'));
    const pages = pdfPages(bytes);
    expect(out).toBe(
      `Wrote aged receivables as of 2026-01-10 to ageing.pdf (${pages.length} page${pages.length === 1 ? '' : 's'}).\n`,
    );
    const text = pages.join('\n');
    const lines = text.split('\n').map((l) => l.trim().split(/\s{2,}/));
    expect(text).toContain('Aged receivables as of 10/01/2026');
    expect(lines).toContainEqual(['C002', 'Łukasz Nowak', '£1,545.00', '£1,545.00']);
    expect(lines).toContainEqual(['C003', "O'Brien & Sons", '£1,102.50', '£186.40', '£1,288.90']);
    expect(lines).toContainEqual([
      'Total · 4 customers',
      '£1,102.50',
      '£0.00',
      '£1,846.20',
      '£0.00',
      '£0.00',
      '£23.75',
      '£2,924.95',
    ]);
    expect(text).toContain(`Page 1 of ${pages.length}`);
    expect(text).not.toContain('INV-2025-002');
    expect(pdfInfo(bytes).Title).toContain('Aged receivables');

    expect(await run(...args, '--out', 'detail.pdf', '--detail', '--paper', 'letter')).toBe(0);
    const detail = fs.readFileSync(path.join(dir, 'detail.pdf'));
    const detailText = pdfPages(detail).join('\n');
    for (const n of ['INV-2025-002', 'INV-2025-003', 'INV-2025-004', 'INV-2025-007'])
      expect(detailText).toContain(n);
    expect(detailText).not.toContain('INV-2025-001');
    expect(pdfInfo(detail)['Page size']).toMatch(/letter/);
  });

  it('refuses a PDF without --out, options that are for the PDF only, and the books file as --out', async () => {
    expect(await run('ageing', '--db', 'shop.duly', '--format', 'pdf')).toBe(2);
    expect(err).toMatch(/--out FILE/);
    expect(await run('ageing', '--db', 'shop.duly', '--format', 'csv', '--detail')).toBe(2);
    expect(err).toMatch(/--detail is for the PDF/);
    expect(await run('ageing', '--db', 'shop.duly', '--out', 'x.pdf', '--paper', 'a3')).toBe(2);
    const before = fs.readFileSync(path.join(dir, 'shop.duly'));
    expect(await run('ageing', '--db', 'shop.duly', '--format', 'pdf', '--out', './shop.duly')).toBe(2);
    expect(err).toMatch(/is the books file itself/);
    expect(await run('ageing', '--db', 'shop.duly', '--format', 'csv', '--out', 'shop.duly-wal')).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'shop.duly')).equals(before)).toBe(true);
    expect(await run('ageing', '--db', 'shop.duly', '--out', 'no/such/folder/a.pdf')).toBe(1);
    expect(err).toMatch(/Could not write .*a\.pdf: its folder does not exist/);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('fails clearly: no books file, a bad date, a bad format, an unknown option or command', async () => {
    expect(await run('ageing', '--db', 'nope.duly')).toBe(1);
    expect(err).toMatch(/There is no books file at .*nope\.duly/);
    expect(fs.existsSync(path.join(dir, 'nope.duly'))).toBe(false);
    expect(await run('ageing', '--db', 'shop.duly', '--as-of', '2026-02-30')).toBe(2);
    expect(await run('ageing', '--db', 'shop.duly', '--format', 'xml')).toBe(2);
    expect(await run('ageing', '--db', 'shop.duly', '--colour')).toBe(2);
    expect(await run('ageing')).toBe(2);
    expect(err).toMatch(/--db FILE/);
    expect(await run('frobnicate')).toBe(2);
    for (const e of [err]) expect(e.trim().split('\n')).toHaveLength(1);
  });
});

describe('duly demo', () => {
  it('creates the small demo shop, and refuses books that are not empty', async () => {
    expect(await run('demo', '--db', 'demo.duly', '--today', '2026-11-23')).toBe(0);
    expect(out).toMatch(/^Created a small demo shop in [\d.]+ s: \d+ customers, \d+ invoices/);
    expect(await run('ageing', '--db', 'demo.duly', '--today', '2026-11-23', '--format', 'json')).toBe(0);
    expect(JSON.parse(out).totalOpen).toBeGreaterThan(0);
    expect(await run('demo', '--db', 'demo.duly')).toBe(1);
    expect(err).toMatch(/already have customers/);
  });
});
