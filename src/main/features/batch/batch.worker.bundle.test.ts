import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../../shared/contract/batch';
import { JOB_EVENT } from '../../../shared/contract/events';
import type { JobStatus } from '../../../shared/contract/jobs';
import { fixedClock } from '../../../shared/dates';
import { createApp } from '../../app';
import { pdfPageCount } from '../../pdf/page-count';
import { hasPoppler, NO_POPPLER, pdfPages } from '../../pdf/testing/poppler';
import { buildForTest, removeBuild } from '../../testing/node-build';
import { aCustomer, anInvoice, business } from '../documents/documents.fixture';
import { listFiles, tempDir } from './batch.fixture';

// A batch as the app runs it: the job in the built job worker, which draws half the customers
// itself and starts the same file again, in its drawing mode, for the other half.

let outDir: string;
let dir: string;

beforeAll(async () => {
  outDir = await buildForTest('batch', ['job-worker']);
  dir = tempDir();
}, 90_000);

afterAll(() => {
  removeBuild(outDir);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function appWithShop(customers: number) {
  const data = fs.mkdtempSync(path.join(dir, 'app-'));
  const app = createApp({
    userDataDir: data,
    clock: fixedClock('2026-11-23'),
    transport: 'http',
    workerFile: path.join(outDir, 'job-worker.js'),
  });
  await app.session.create('Shop', data);
  const ctx = app.ctx();
  business(ctx);
  ctx.books.transaction(() => {
    for (let i = 1; i <= customers; i++) {
      const c = aCustomer(ctx, { ref: `K${String(i).padStart(4, '0')}`, name: `Kunde ${i} Ærøskøbing` });
      anInvoice(ctx, c, `N-${i}`, '2026-09-01', '2026-10-01', 1_000 * i);
      if (i % 7 === 0) anInvoice(ctx, c, `N-${i}b`, '2026-10-01', '2026-10-31', 555);
    }
  });
  return { app, data };
}

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('a batch in the built worker', () => {
  it('draws on two threads and joins the halves into one file, every part in order', async () => {
    const { app, data } = await appWithShop(60);
    try {
      const started = await app.dispatch('batch.start', {
        kind: 'statement',
        customers: 'open',
        email: true,
      });
      if (!started.ok) throw new Error(started.error.message);
      const job = (await app.jobs.settled((started.data as JobStatus).id)) as JobStatus<BatchResult>;
      expect(job.error).toBeUndefined();
      const result = job.result!;
      expect(result.files).toHaveLength(60);
      // Nobody has an email address: every one listed.
      expect(result.withoutEmail).toHaveLength(60);
      const all = fs.readFileSync(path.join(result.folder, 'all.pdf'));
      // The outline written by the join (object 4) shows the file was drawn in two pieces.
      expect(all.toString('latin1')).toContain('4 0 obj\n<<\n/Type /Outlines');
      expect(pdfPageCount(all)).toBe(result.combined.pages);
      expect(result.combined.pages).toBe(result.files.reduce((n, f) => n + f.pages, 0));
      const pages = pdfPages(all);
      let page = 0;
      for (const [i, f] of result.files.entries()) {
        expect(pages[page]).toContain(`Kunde ${i + 1} Ærøskøbing`);
        expect(pages[page]).toContain(`Page 1 of ${f.pages}`);
        page += f.pages;
      }
      const last = fs.readFileSync(path.join(result.folder, 'K0060.pdf'));
      expect(pdfPages(last).join('')).toContain('Kunde 60 Ærøskøbing');
      expect(app.ctx().books.prepare('SELECT count(DISTINCT batch_id) FROM documents').pluck().get()).toBe(1);
    } finally {
      app.close();
      fs.rmSync(data, { recursive: true, force: true });
    }
  }, 60_000);

  it('stops both threads when cancelled while drawing, leaving nothing', async () => {
    const { app, data } = await appWithShop(400);
    try {
      let cancelled = false;
      app.events.subscribe((name, payload) => {
        const status = payload as JobStatus;
        if (
          name === JOB_EVENT &&
          status.progress.phase === 'drawing' &&
          status.progress.done > 0 &&
          !cancelled
        ) {
          cancelled = true;
          app.jobs.cancel(status.id);
        }
      });
      const started = await app.dispatch('batch.start', {
        kind: 'statement',
        customers: 'open',
        email: false,
      });
      if (!started.ok) throw new Error(started.error.message);
      const job = await app.jobs.settled((started.data as JobStatus).id);
      expect(cancelled).toBe(true);
      expect(job).toMatchObject({ state: 'cancelled', error: { code: 'cancelled' } });
      expect(listFiles(data).filter((f) => f.includes('Letters and statements'))).toEqual([]);
      expect(app.ctx().books.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    } finally {
      app.close();
      fs.rmSync(data, { recursive: true, force: true });
    }
  }, 60_000);
});
