import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchCandidates, BatchResult } from '../../../shared/contract/batch';
import type { JobStatus } from '../../../shared/contract/jobs';
import type { ExportedFile } from '../../../shared/contract/reports';
import { fixedClock } from '../../../shared/dates';
import { createApp } from '../../app';
import { hasPoppler, NO_POPPLER } from '../../pdf/testing/poppler';
import { aCustomer, anInvoice, aPayment } from '../../testing/builders';
import { batchShop, listFiles, tempDir } from './batch.fixture';

// The batch channels as the screens call them, through the dispatcher, with jobs run inline.

let dir: string;
let app: ReturnType<typeof createApp>;
let shop: ReturnType<typeof batchShop>;

beforeEach(async () => {
  dir = tempDir();
  app = createApp({ userDataDir: dir, clock: fixedClock('2026-11-23'), transport: 'http' });
  await app.session.create('Corner Shop', dir);
  shop = batchShop(app.ctx());
});
afterEach(() => {
  app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = await app.dispatch(channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message} (${r.error.field})`);
  return r.data as T;
}

async function finished(input: unknown): Promise<JobStatus<BatchResult>> {
  const job = await call<JobStatus>('batch.start', input);
  expect(job).toMatchObject({ kind: 'documents', state: 'running' });
  return (await app.jobs.settled(job.id)) as JobStatus<BatchResult>;
}

describe('batch.candidates', () => {
  it('lists whom "overdue" and "open" would pick, with their figures and email', async () => {
    const letters = await call<BatchCandidates>('batch.candidates', { kind: 'letter' });
    expect(letters).toMatchObject({ kind: 'letter', asOf: '2026-11-23', currency: 'GBP' });
    expect(letters.customers.map((c) => [c.ref, c.balance, c.overdue, c.daysOverdue, c.email])).toEqual([
      ['BIG', 77_850, 77_850, 295, ''],
      ['C001', 173_265, 165_049, 176, 'lukasz@example.org'],
      ['Z/9', 4_200, 4_200, 53, 'zoe@example.com'],
    ]);
    const statements = await call<BatchCandidates>('batch.candidates', { kind: 'statement' });
    expect(statements.customers.map((c) => [c.ref, c.balance, c.inOverdue, c.inOpen])).toEqual([
      ['BIG', 77_850, true, true],
      ['C001', 173_265, true, true],
      ['CR', -2_000, false, true],
      ['Z/9', 4_200, true, true],
    ]);
    // Before anything fell due, nobody is overdue.
    const early = await call<BatchCandidates>('batch.candidates', { kind: 'letter', asOf: '2026-01-15' });
    expect(early.customers).toEqual([]);
  });

  it('lists for courtesy notes whom "upcoming" picks: something not yet due, and a balance', async () => {
    // Paid ahead: £50 received before its £30 invoice was issued, so the invoice is not yet due but
    // the credit covers it, and nobody should be told a payment falls due.
    const ahead = aCustomer(app.ctx(), { ref: 'PRE', name: 'Paid Ahead' });
    aPayment(app.ctx(), ahead, 'PRE-P', '2026-11-01', 5_000);
    anInvoice(app.ctx(), ahead, 'PRE-1', '2026-11-10', '2026-12-10', 3_000);
    const notes = await call<BatchCandidates>('batch.candidates', { kind: 'letter', tone: 'courtesy' });
    // C001 owes £120.00 not yet due (INV-101, due 10/12/2026).
    expect(notes.customers.map((c) => [c.ref, c.notDue, c.nextDue, c.inUpcoming])).toEqual([
      ['C001', 12_000, '2026-12-10', true],
    ]);
    const statements = await call<BatchCandidates>('batch.candidates', { kind: 'statement' });
    expect(statements.customers.map((c) => [c.ref, c.balance, c.notDue, c.inUpcoming])).toEqual([
      ['BIG', 77_850, 0, false],
      ['C001', 173_265, 12_000, true],
      ['CR', -2_000, 0, false],
      ['PRE', -2_000, 3_000, false],
      ['Z/9', 4_200, 0, false],
    ]);
    // A firm letter is about what is overdue, whatever falls due later.
    const firm = await call<BatchCandidates>('batch.candidates', { kind: 'letter', tone: 'firm' });
    expect(firm.customers.map((c) => c.ref)).toEqual(['BIG', 'C001', 'Z/9']);
  });
});

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('batch.start and batch.combined', () => {
  it('makes the batch in a dated folder beside the books, and hands back the combined PDF', async () => {
    const job = await finished({ kind: 'statement', customers: 'open', email: true });
    expect(job.state).toBe('done');
    const folder = path.join(dir, 'Letters and statements', '2026-11-23 Statements');
    expect(job.result?.folder).toBe(folder);
    expect(job.result?.withoutEmail.map((c) => c.ref)).toEqual(['BIG']);
    expect(listFiles(folder)).toContain('all.pdf');
    const file = await call<ExportedFile>('batch.combined', { jobId: job.id });
    expect(file).toMatchObject({ fileName: '2026-11-23 Statements.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(file.base64, 'base64').equals(fs.readFileSync(path.join(folder, 'all.pdf')))).toBe(
      true,
    );
    // The next batch of the same day gets a folder of its own.
    const again = await finished({
      kind: 'letter',
      tone: 'friendly',
      customers: [shop.zoe.id],
      email: false,
    });
    expect(again.result?.folder).toBe(
      path.join(dir, 'Letters and statements', '2026-11-23 Friendly letters'),
    );
    const third = await finished({ kind: 'statement', customers: [shop.zoe.id], email: false });
    expect(third.result?.folder).toBe(`${folder} (2)`);
  });

  it('writes to the folder given, and says why a job failed', async () => {
    const outDir = path.join(dir, 'chosen');
    const job = await finished({ kind: 'letter', tone: 'final', customers: 'overdue', outDir });
    expect(job.about).toBe('a batch of reminder letters');
    expect(job.result?.files.map((f) => f.pdf)).toEqual(['BIG.pdf', 'C001.pdf', 'Z-9.pdf']);
    expect(listFiles(outDir)).toEqual(['BIG.pdf', 'C001.pdf', 'Z-9.pdf', 'all.pdf']);
    const failed = await finished({ kind: 'statement', customers: [shop.zoe.id, 4242], email: false });
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'not_found', field: 'customers' } });
    expect(fs.existsSync(path.join(dir, 'Letters and statements', '2026-11-23 Statements'))).toBe(false);
  });

  it('cancels: no folder, nothing on any history', async () => {
    const job = await call<JobStatus>('batch.start', { kind: 'statement', customers: 'open', email: false });
    // What the job makes is in its status, for the progress title after leaving the page and back.
    expect(job.about).toBe('a batch of statements');
    await call('jobs.cancel', { id: job.id });
    const done = await app.jobs.settled(job.id);
    expect(done.state).toBe('cancelled');
    expect(listFiles(dir).filter((f) => f.startsWith('Letters'))).toEqual([]);
    expect(app.ctx().books.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    expect(await app.dispatch('batch.combined', { jobId: job.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});

describe('refusals', () => {
  it.each([
    [{ kind: 'letter', customers: 'overdue' }, 'tone', 'Choose the tone of the letters.'],
    [{ kind: 'statement', tone: 'firm', customers: 'open' }, 'tone', 'Only letters have a tone.'],
    [{ kind: 'letter', tone: 'firm', customers: 'open' }, 'customers', undefined],
    [
      { kind: 'letter', tone: 'firm', customers: 'upcoming' },
      'customers',
      'Only courtesy notes go to everyone with something not yet due.',
    ],
    [
      { kind: 'statement', customers: 'upcoming' },
      'customers',
      'Only courtesy notes go to everyone with something not yet due.',
    ],
    [
      { kind: 'letter', tone: 'courtesy', customers: 'overdue' },
      'customers',
      'Courtesy notes are about invoices not yet due: choose the customers, or everyone with something not yet due.',
    ],
    [{ kind: 'statement', customers: [] }, 'customers', 'Choose at least one customer.'],
    [{ kind: 'statement', customers: [1, 1] }, 'customers', 'A customer is chosen twice.'],
    [{ kind: 'statement', customers: 'open', outDir: 'relative/folder' }, 'outDir', undefined],
    [{ kind: 'statement', customers: 'open', asOf: '2026-02-30' }, 'asOf', undefined],
  ])('refuses %j', async (input, field, message) => {
    const r = await app.dispatch('batch.start', input);
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', field } });
    if (message && !r.ok) expect(r.error.message).toBe(message);
  });

  it('refuses a folder that is a file, before starting', async () => {
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'x');
    expect(
      await app.dispatch('batch.start', { kind: 'statement', customers: 'open', outDir: file }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        field: 'outDir',
        message: `${file} is a file, not a folder; choose a folder for the batch.`,
      },
    });
  });

  it('knows no batch it did not start', async () => {
    expect(await app.dispatch('batch.combined', { jobId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
