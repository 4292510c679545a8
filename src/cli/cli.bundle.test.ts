import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildForTest, removeBuild } from '../main/testing/node-build';

// The command line as users run it: built to plain JavaScript by the real build config (so the
// migrations must survive bundling), started as its own process.

let outDir: string;
let cli: string;
let work: string;

beforeAll(async () => {
  outDir = await buildForTest('cli', ['cli']);
  cli = path.join(outDir, 'cli.js');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-bundle-'));
}, 60_000);

afterAll(() => {
  removeBuild(outDir);
  fs.rmSync(work, { recursive: true, force: true });
});

const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8' });

describe('the built command line', () => {
  it('creates books, fills a demo shop and reports its ageing', () => {
    const demo = run('demo', '--db', 'demo.duly', '--today', '2026-11-23');
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    const ageing = run('ageing', '--db', 'demo.duly', '--today', '2026-11-23', '--format', 'json');
    expect(ageing.status).toBe(0);
    const json = JSON.parse(ageing.stdout);
    expect(json.asOf).toBe('2026-11-23');
    expect(json.buckets.reduce((s: number, b: { amount: number }) => s + b.amount, 0)).toBe(json.totalOpen);
  });

  it('writes the PDF report, its fonts found from the built code', () => {
    // Books of its own: the demo of the first test may not have run when this one runs alone.
    expect(run('demo', '--db', 'pdf.duly', '--today', '2026-11-23').status).toBe(0);
    const r = run('ageing', '--db', 'pdf.duly', '--today', '2026-11-23', '--out', 'ageing.pdf', '--detail');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Wrote aged receivables as of 2026-11-23 to ageing\.pdf \(\d+ pages\)\.\n$/);
    const bytes = fs.readFileSync(path.join(work, 'ageing.pdf'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Noto Sans embedded; pdfkit's Helvetica never used (it would appear as an unembedded font).
    const text = bytes.toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(text).not.toContain('/Helvetica');
  }, 30_000);

  it('exits non-zero with one line on stderr', () => {
    const r = run('ageing', '--db', 'missing.duly');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(run('nonsense').status).toBe(2);
  });

  it('keeps what was committed and nothing partial when killed in the middle of an import', async () => {
    fs.writeFileSync(
      path.join(work, 'c.csv'),
      'customer_ref,name,email,payment_terms_days,credit_limit\nC1,One,,30,\n',
    );
    fs.writeFileSync(
      path.join(work, 'first.csv'),
      'invoice_number,customer_ref,issue_date,due_date,total\nA-1,C1,2026-01-01,2026-01-31,10.00\n',
    );
    const lines = ['invoice_number,customer_ref,issue_date,due_date,total'];
    for (let i = 0; i < 150_000; i++) lines.push(`B-${i},C1,2026-02-01,2026-03-03,1.00`);
    fs.writeFileSync(path.join(work, 'big.csv'), `${lines.join('\n')}\n`);
    expect(run('import', '--db', 'crash.duly', 'c.csv', 'first.csv').status).toBe(0);

    const child: ChildProcess = spawn(process.execPath, [cli, 'import', '--db', 'crash.duly', 'big.csv'], {
      cwd: work,
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 900));
    child.kill('SIGKILL');
    await exited;

    const db = new Database(path.join(work, 'crash.duly'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const count = db.prepare('SELECT COUNT(*) FROM invoices').pluck().get();
    // Killed before the commit: only the first import. After it: all of the second. Never between.
    expect([1, 150_001]).toContain(count);
    expect(db.prepare("SELECT total FROM invoices WHERE number = 'A-1'").pluck().get()).toBe(1000);
    db.close();
    expect(run('ageing', '--db', 'crash.duly', '--format', 'json').status).toBe(0);
  }, 30_000);
});
