// `npm run bench`: builds the large demo shop (10 years, 5,000 customers, ~200,000 invoices) in a
// temporary folder, then times what users wait for. Prints one JSON line per measure:
// {"name":"…","ms":…}, and {"name":"peak_rss_mb","mb":…} last. Queries are timed as the median of
// several warm runs; one-off work (building, importing) is timed once.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Books, openBooks } from '../src/main/db/books';
import { ageingReport } from '../src/main/features/ageing/ageing.service';
import { combinedPdf } from '../src/main/features/batch/batch.service';
import { selectCustomers } from '../src/main/features/batch/candidates';
import { allBehaviour, customerBehaviour } from '../src/main/features/behaviour/behaviour.service';
import { listCustomers } from '../src/main/features/customers/customer-list';
import { customerPage } from '../src/main/features/customers/customer-page';
import { dashboard } from '../src/main/features/dashboard/dashboard.service';
import { writeCanonicalCsv } from '../src/main/features/demo/canonical-csv';
import { createDemoShop } from '../src/main/features/demo/demo.service';
import { JobRunner } from '../src/main/jobs/job-runner';
import { createEventHub } from '../src/main/session/event-hub';
import { JOB_EVENT } from '../src/shared/contract/events';
import type { JobStatus } from '../src/shared/contract/jobs';
import { addDays, type Clock, systemClock } from '../src/shared/dates';

const emit = (name: string, ms: number) =>
  console.log(JSON.stringify({ name, ms: Math.round(ms * 10) / 10 }));

function once<T>(name: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  emit(name, performance.now() - started);
  return result;
}

function median(name: string, work: () => unknown, runs = 7): void {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  emit(name, times[Math.floor(runs / 2)]!);
}

/** `--data DIR` keeps the demo shop and its CSV files in DIR and reuses them on the next run. */
function dataDir(): { dir: string; keep: boolean } {
  const i = process.argv.indexOf('--data');
  const given = i >= 0 ? process.argv[i + 1] : undefined;
  if (given) {
    fs.mkdirSync(given, { recursive: true });
    return { dir: path.resolve(given), keep: true };
  }
  return { dir: fs.mkdtempSync(path.join(os.tmpdir(), 'duly-bench-')), keep: false };
}

/**
 * The import as the app runs it: a job in the worker thread (job-worker.js, built beside this file),
 * timed from the request to its answer (the job's "done" event, when the screen shows the result),
 * with the time spent in each phase from its progress events.
 */
async function importLikeTheApp(booksPath: string, files: string[], clock: Clock): Promise<void> {
  const events = createEventHub();
  const phases = new Map<string, number>();
  let phase = '';
  let phaseStart = 0;
  let answered = 0;
  events.subscribe((name, payload) => {
    if (name !== JOB_EVENT) return;
    if ((payload as JobStatus).state === 'done') answered = performance.now();
    const next = (payload as JobStatus).progress.phase;
    if (next === phase) return;
    const now = performance.now();
    if (phase) phases.set(phase, (phases.get(phase) ?? 0) + now - phaseStart);
    phase = next;
    phaseStart = now;
  });
  const jobs = new JobRunner({ clock, events, workerFile: path.join(import.meta.dirname, 'job-worker.js') });
  const started = performance.now();
  const inputs = files.map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) }));
  const done = await jobs.settled(jobs.start({ kind: 'import', booksPath, files: inputs }).id);
  const ended = performance.now();
  if (done.state !== 'done') throw new Error(`The import ended ${done.state}: ${done.error?.message}`);
  emit('import_csv_200k', answered - started);
  phases.set(phase, (phases.get(phase) ?? 0) + answered - phaseStart);
  for (const [name, ms] of phases) emit(`import_phase_${name}`, ms);
  // After the answer the thread checkpoints the log into the books file and ends; nobody waits.
  emit('import_after_answer', ended - answered);
}

/**
 * A batch of 1,000 statements (customers with a balance today, by reference): the combined PDF to
 * print, drawn on two threads and joined, as a person waits for it; then the whole batch as the app
 * runs it, a job in the worker thread from the request to its end: the combined PDF, 1,000 files
 * (and, the second time, an email draft for each customer with an address), everything recorded on
 * the customers' histories.
 */
async function statementsLikeTheApp(ctx: { books: Books; clock: Clock }, booksPath: string, dir: string) {
  const workerFile = path.join(import.meta.dirname, 'job-worker.js');
  const customers = selectCustomers(ctx, 'open', ctx.clock.today())
    .slice(0, 1000)
    .map((c) => c.id);
  const request = {
    kind: 'statement',
    customers,
    email: false,
    outDir: path.join(dir, 'statements'),
  } as const;
  let started = performance.now();
  await combinedPdf(ctx, request, { workerFile });
  emit('statements_1000_combined', performance.now() - started);
  const jobs = new JobRunner({ clock: ctx.clock, workerFile });
  for (const email of [false, true]) {
    const outDir = path.join(dir, `statements-${email ? 'email' : 'files'}`);
    fs.rmSync(outDir, { recursive: true, force: true });
    started = performance.now();
    const job = jobs.start({ kind: 'documents', booksPath, batch: { ...request, email, outDir } });
    const done = await jobs.settled(job.id);
    if (done.state !== 'done') throw new Error(`The batch ended ${done.state}: ${done.error?.message}`);
    emit(email ? 'statements_1000_files_email' : 'statements_1000_files', performance.now() - started);
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** `--import-only N`: only the import, N times (for working on its speed); else once, then the rest. */
function importRuns(): number {
  const i = process.argv.indexOf('--import-only');
  return i >= 0 ? Math.max(1, Number(process.argv[i + 1]) || 1) : 1;
}

async function main(): Promise<void> {
  const { dir, keep } = dataDir();
  const clock = systemClock;
  const today = clock.today();
  try {
    const csvDir = path.join(dir, 'csv');
    let files: string[];
    if (keep && fs.existsSync(path.join(csvDir, 'invoices.csv'))) {
      files = fs.readdirSync(csvDir).map((f) => path.join(csvDir, f));
    } else {
      fs.rmSync(path.join(dir, 'demo.duly'), { force: true });
      const demo = { books: await openBooks(path.join(dir, 'demo.duly')), clock };
      once('demo_large', () => createDemoShop(demo, { size: 'large' }));
      fs.mkdirSync(csvDir, { recursive: true });
      files = once('csv_export_200k', () => writeCanonicalCsv(demo, csvDir)).files;
      demo.books.close();
    }

    const booksPath = path.join(dir, 'imported.duly');
    for (let run = 0; run < importRuns(); run++) {
      for (const f of ['imported.duly', 'imported.duly-wal', 'imported.duly-shm'])
        fs.rmSync(path.join(dir, f), { force: true });
      (await openBooks(booksPath)).close();
      await importLikeTheApp(booksPath, files, clock);
    }
    if (process.argv.includes('--import-only')) return peakRss();
    const ctx = { books: await openBooks(booksPath), clock };

    median('dashboard_today', () => dashboard(ctx, { asOf: today }));
    median('dashboard_5y_ago', () => dashboard(ctx, { asOf: addDays(today, -5 * 365) }));
    median('dashboard_today_24_months', () => dashboard(ctx, { asOf: today, months: 24 }));
    median('ageing_today', () => ageingReport(ctx, today));
    median('ageing_5y_ago', () => ageingReport(ctx, addDays(today, -5 * 365)));
    // Each customer's payment class is remembered until the books change: the first list after a
    // change pays for it (cold: a harmless write first), the next ones do not (warm).
    const touch = ctx.books.prepare('UPDATE settings SET updated_at = updated_at WHERE id = 1');
    median('customers_list_cold', () => {
      touch.run();
      listCustomers(ctx, {});
    });
    median('customers_list', () => listCustomers(ctx, {}));
    median('behaviour_all', () => allBehaviour(ctx, { asOf: today }));
    median('customers_search', () => listCustomers(ctx, { search: 'INV-0001' }));
    // The customer with the most invoices: the slowest page there is.
    const busiest = ctx.books
      .prepare('SELECT customer_id FROM invoices GROUP BY customer_id ORDER BY COUNT(*) DESC LIMIT 1')
      .pluck()
      .get() as number;
    median('customer_page', () => customerPage(ctx, busiest));
    median('behaviour_customer', () => customerBehaviour(ctx, { id: busiest }));
    await statementsLikeTheApp(ctx, booksPath, dir);
    ctx.books.close();
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
  peakRss();
}

function peakRss(): void {
  console.log(JSON.stringify({ name: 'peak_rss_mb', mb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

await main();
