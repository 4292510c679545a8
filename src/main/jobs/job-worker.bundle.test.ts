import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../shared/contract/jobs';
import { fixedClock } from '../../shared/dates';
import { createApp } from '../app';
import { buildForTest, removeBuild } from '../testing/node-build';

// Long jobs in their own thread, as the app and browser mode run them: the worker built by the real
// build config, the runner from source. Requests keep being answered while the thread works.

let outDir: string;
let dir: string;

beforeAll(async () => {
  outDir = await buildForTest('worker', ['job-worker']);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-worker-'));
}, 60_000);

afterAll(() => {
  removeBuild(outDir);
  fs.rmSync(dir, { recursive: true, force: true });
});

function bigImport(invoices: number) {
  const lines = ['invoice_number,customer_ref,issue_date,due_date,total'];
  for (let i = 0; i < invoices; i++) lines.push(`N${i},C1,2026-01-01,2026-01-31,1.00`);
  return {
    files: [
      {
        name: 'c.csv',
        data: Buffer.from('customer_ref,name,email,payment_terms_days,credit_limit\nC1,One,,30,\n').toString(
          'base64',
        ),
      },
      { name: 'i.csv', data: Buffer.from(`${lines.join('\n')}\n`).toString('base64') },
    ],
  };
}

describe('jobs in a worker thread', () => {
  it('import while the app keeps answering, with progress, then the data is there', async () => {
    const app = createApp({
      userDataDir: dir,
      clock: fixedClock('2026-11-23'),
      workerFile: path.join(outDir, 'job-worker.js'),
    });
    const seen: JobStatus[] = [];
    app.events.subscribe((name, payload) => name === 'job' && seen.push(payload as JobStatus));
    await app.session.create('Worker');
    const started = await app.dispatch('import.start', bigImport(60_000));
    expect(started.ok).toBe(true);
    const id = (started as { data: JobStatus }).data.id;
    // While the worker imports, this thread still answers.
    const meanwhile = await app.dispatch('books.status', {});
    expect(meanwhile).toMatchObject({ ok: true, data: { open: { name: 'Worker' } } });
    const done = await app.jobs.settled(id);
    expect(done.state).toBe('done');
    expect(seen.some((s) => s.state === 'running' && s.progress.phase === 'saving')).toBe(true);
    expect(app.ctx().books.prepare('SELECT COUNT(*) FROM invoices').pluck().get()).toBe(60_000);
    app.close();
  });

  it('check files in their own thread, while this one keeps answering', async () => {
    const app = createApp({
      userDataDir: dir,
      clock: fixedClock('2026-11-23'),
      workerFile: path.join(outDir, 'job-worker.js'),
    });
    await app.session.create('Checked');
    let answeredMeanwhile = false;
    const check = app.dispatch('import.analyse', bigImport(100_000)).then((r) => {
      expect(answeredMeanwhile).toBe(true);
      return r;
    });
    const meanwhile = await app.dispatch('books.status', {});
    answeredMeanwhile = meanwhile.ok;
    expect(await check).toMatchObject({
      ok: true,
      data: { toAdd: { customers: 1, invoices: 100_000 }, problems: [] },
    });
    const bad = await app.dispatch('import.analyse', {
      files: [{ name: 'x.csv', data: Buffer.from('hello,world\n1,2\n').toString('base64') }],
    });
    expect(bad).toMatchObject({ ok: true, data: { problems: [expect.objectContaining({ file: 'x.csv' })] } });
    app.close();
  });

  it('cancel midway and keep nothing', async () => {
    const app = createApp({
      userDataDir: dir,
      clock: fixedClock('2026-11-23'),
      workerFile: path.join(outDir, 'job-worker.js'),
    });
    await app.session.create('Cancelled');
    let cancelled = false;
    app.events.subscribe((name, payload) => {
      const status = payload as JobStatus;
      if (name === 'job' && status.state === 'running' && status.progress.phase === 'saving' && !cancelled) {
        cancelled = true;
        void app.dispatch('jobs.cancel', { id: status.id });
      }
    });
    const started = (await app.dispatch('import.start', bigImport(150_000))) as { data: JobStatus };
    const done = await app.jobs.settled(started.data.id);
    expect(cancelled).toBe(true);
    expect(done).toMatchObject({ state: 'cancelled', error: { code: 'cancelled' } });
    expect(app.ctx().books.prepare('SELECT COUNT(*) FROM customers').pluck().get()).toBe(0);
    app.close();
  });
});
