import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../shared/contract/jobs';
import { fixedClock } from '../../shared/dates';
import { createApp } from '../app';
import { FIXTURES } from '../testing/fixtures';

let dir: string;
let app: ReturnType<typeof createApp>;
const seen: JobStatus[] = [];

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-jobs-'));
  app = createApp({ userDataDir: dir, clock: fixedClock('2026-11-23'), transport: 'http' });
  app.events.subscribe((name, payload) => {
    if (name === 'job') seen.push(payload as JobStatus);
  });
  seen.length = 0;
  await app.session.create('Shop');
});
afterEach(() => {
  app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const fixtureFile = (name: string) => ({
  name,
  data: fs.readFileSync(path.join(FIXTURES, name)).toString('base64'),
});

async function call(channel: string, input: unknown) {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data;
}

describe('long jobs', () => {
  it('import off the request path, report progress, and end with the summary', async () => {
    const started = (await call('import.start', {
      files: [fixtureFile('canonical-customers.csv'), fixtureFile('canonical-invoices.csv')],
    })) as JobStatus;
    expect(started).toMatchObject({ kind: 'import', state: 'running' });
    const done = await app.jobs.settled(started.id);
    expect(done.state).toBe('done');
    expect(done.result).toMatchObject({ toAdd: { customers: 5, invoices: 7 } });
    expect(seen.at(-1)).toMatchObject({ id: started.id, state: 'done' });
    expect(await call('jobs.get', { id: started.id })).toMatchObject({ state: 'done' });
    const list = (await call('customers.list', {})) as { rows: unknown[] };
    expect(list.rows).toHaveLength(5);
  });

  it('end a failed import with its problems, and save nothing', async () => {
    const bad = {
      name: 'bad.csv',
      data: Buffer.from(
        'invoice_number,customer_ref,issue_date,due_date,total\nI1,C9,2026-01-01,2026-01-31,1\n',
      ).toString('base64'),
    };
    const started = (await call('import.start', { files: [bad] })) as JobStatus;
    const done = await app.jobs.settled(started.id);
    expect(done.state).toBe('failed');
    expect(done.error).toMatchObject({
      code: 'import_invalid',
      problems: [expect.objectContaining({ file: 'bad.csv', row: 2 })],
    });
  });

  it('run one at a time, and stop when cancelled', async () => {
    expect(await call('jobs.running', {})).toBeNull();
    const first = (await call('demo.start', { size: 'small' })) as JobStatus;
    expect(first.about).toBe('the demo shop');
    // Any window can find it, not only the one that started it.
    expect(await call('jobs.running', {})).toMatchObject({ id: first.id, kind: 'demo', state: 'running' });
    const second = await app.dispatch('import.start', { files: [fixtureFile('canonical-customers.csv')] });
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Duly is still busy with the demo shop; wait for it to finish.' },
    });
    await app.jobs.settled(first.id);
    expect(await call('jobs.running', {})).toBeNull();
    const cancelled = (await call('import.start', {
      files: [fixtureFile('canonical-customers.csv')],
    })) as JobStatus;
    await call('jobs.cancel', { id: cancelled.id });
    expect((await app.jobs.settled(cancelled.id)).state).toBe('cancelled');
  });

  it('stop the demo shop when cancelled, keeping nothing', async () => {
    const job = (await call('demo.start', { size: 'small' })) as JobStatus;
    await call('jobs.cancel', { id: job.id });
    expect((await app.jobs.settled(job.id)).state).toBe('cancelled');
    expect(app.ctx().books.prepare('SELECT COUNT(*) FROM customers').pluck().get()).toBe(0);
  });

  it('refuse to switch or restore books while a job runs', async () => {
    const job = (await call('demo.start', { size: 'small' })) as JobStatus;
    expect(await app.dispatch('books.create', { name: 'Other' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await app.jobs.settled(job.id);
    expect(await app.dispatch('books.create', { name: 'Other' })).toMatchObject({ ok: true });
  });
});

describe('the dispatcher', () => {
  it('answers book-free channels with no books open, and says so for the others', async () => {
    app.session.close();
    expect(await app.dispatch('books.status', {})).toMatchObject({ ok: true, data: { open: null } });
    expect(await app.dispatch('customers.list', {})).toMatchObject({ ok: false, error: { code: 'books' } });
    expect(await app.dispatch('host.chooseFile', { purpose: 'open-books' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });
});
