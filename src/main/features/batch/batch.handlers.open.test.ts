import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../../shared/contract/batch';
import type { JobStatus } from '../../../shared/contract/jobs';
import { fixedClock } from '../../../shared/dates';
import { createApp } from '../../app';
import { hasPoppler, NO_POPPLER } from '../../pdf/testing/poppler';
import { recordingHost } from '../../testing/recording-host';
import { batchShop, tempDir } from './batch.fixture';

// batch.open as the desktop app's batch screen calls it: one finished batch, a stub host that
// records what it was handed, and every way a screen could ask for the wrong file.

let dir: string;
let app: ReturnType<typeof createApp>;
let job: JobStatus<BatchResult>;
let folder: string;
const rec = recordingHost();

async function call(input: Record<string, unknown>) {
  return app.dispatch('batch.open', input);
}

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('batch.open', () => {
  beforeAll(async () => {
    dir = tempDir();
    app = createApp({ userDataDir: dir, clock: fixedClock('2026-11-23'), host: rec.host });
    await app.session.create('Corner Shop', dir);
    batchShop(app.ctx());
    const started = await app.dispatch('batch.start', { kind: 'statement', customers: 'open', email: true });
    if (!started.ok) throw new Error(started.error.message);
    job = (await app.jobs.settled((started.data as JobStatus).id)) as JobStatus<BatchResult>;
    expect(job.state).toBe('done');
    folder = job.result!.folder;
  });
  afterAll(() => {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    rec.reset();
  });

  it('hands the combined PDF to the print dialog or the PDF viewer, or shows it in its folder', async () => {
    const combined = path.join(folder, 'all.pdf');
    for (const action of ['print', 'open', 'reveal']) {
      expect(await call({ jobId: job.id, action })).toEqual({ ok: true, data: null });
    }
    expect(rec.calls).toEqual([
      ['printPdf', combined],
      ['openFile', combined],
      ['reveal', combined],
    ]);
  });

  it('hands over one customer’s PDF or email draft, named as the result lists them', async () => {
    const c001 = job.result!.files.find((f) => f.ref === 'C001')!;
    expect(c001).toMatchObject({ pdf: 'C001.pdf', eml: 'C001.eml' });
    await call({ jobId: job.id, file: 'C001.pdf', action: 'print' });
    await call({ jobId: job.id, file: 'C001.eml', action: 'open' });
    await call({ jobId: job.id, file: 'Z-9.eml', action: 'reveal' });
    expect(rec.calls).toEqual([
      ['printPdf', path.join(folder, 'C001.pdf')],
      ['openFile', path.join(folder, 'C001.eml')],
      ['reveal', path.join(folder, 'Z-9.eml')],
    ]);
  });

  it.each([
    ['a name the batch does not list', { file: 'nobody.pdf', action: 'open' }, 'file'],
    ['a customer without a draft', { file: 'BIG.eml', action: 'open' }, 'file'],
    ['a way out of the folder', { file: '../x.pdf', action: 'open' }, 'file'],
    ['a listed name behind a folder', { file: `sub${path.sep}C001.pdf`, action: 'open' }, 'file'],
    ['a full path', { file: path.resolve('/elsewhere', 'C001.pdf'), action: 'open' }, 'file'],
    ['the combined PDF by name', { file: 'all.pdf', action: 'open' }, 'file'],
    ['printing an email draft', { file: 'C001.eml', action: 'print' }, 'action'],
  ])('refuses %s, handing nothing over', async (_what, input, field) => {
    const result = await call({ jobId: job.id, ...input });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', field } });
    expect(rec.calls).toEqual([]);
  });

  it('refuses a job it did not start, one not finished, and one that was cancelled', async () => {
    expect(await call({ jobId: 'nope', action: 'open' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const started = await app.dispatch('batch.start', { kind: 'statement', customers: 'open', email: false });
    const id = (started as { data: JobStatus }).data.id;
    // Still running: its files are not there yet.
    expect(await call({ jobId: id, action: 'open' })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        field: 'jobId',
        message: 'The batch has not finished, so its files are not ready.',
      },
    });
    await app.dispatch('jobs.cancel', { id });
    expect((await app.jobs.settled(id)).state).toBe('cancelled');
    expect(await call({ jobId: id, action: 'print' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'jobId' },
    });
    expect(rec.calls).toEqual([]);
  });

  it('passes on the system’s words when it could not open the file, with where the file is', async () => {
    rec.failWith = 'Your computer could not open C001.eml. Check that a mail program is set up.';
    const file = path.join(folder, 'C001.eml');
    expect(await call({ jobId: job.id, file: 'C001.eml', action: 'open' })).toEqual({
      ok: false,
      error: { code: 'internal', field: 'file', message: `${rec.failWith} The file is at ${file}` },
    });
  });

  // Last: it moves a file away.
  it('says where a file was when it is no longer there', async () => {
    const file = path.join(folder, 'Z-9.pdf');
    fs.renameSync(file, path.join(dir, 'moved.pdf'));
    expect(await call({ jobId: job.id, file: 'Z-9.pdf', action: 'print' })).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        field: 'file',
        message: `The file is no longer at ${file}; it may have been moved.`,
      },
    });
    expect(rec.calls).toEqual([]);
  });
});

describe('batch.open in browser mode', () => {
  it('is refused as unsupported, whatever the job', async () => {
    const userData = tempDir();
    const browser = createApp({ userDataDir: userData, clock: fixedClock('2026-11-23'), transport: 'http' });
    try {
      await browser.session.create('Corner Shop', userData);
      expect(await browser.dispatch('batch.open', { jobId: 'any', action: 'open' })).toEqual({
        ok: false,
        error: {
          code: 'unsupported',
          message:
            'Only the desktop app can open, print or show the batch’s files; browser mode downloads the combined PDF instead.',
        },
      });
      // The schema still checks the input first.
      expect(await browser.dispatch('batch.open', { jobId: 'any', action: 'delete' })).toMatchObject({
        ok: false,
        error: { code: 'validation', field: 'action' },
      });
    } finally {
      browser.close();
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });
});
