import type { JobProgress } from '../../shared/contract/jobs';
import { type Clock, fixedClock, type IsoDate, systemClock } from '../../shared/dates';
import type { Ctx } from '../context';
import { openBooks } from '../db/books';
import type { BatchRequest } from '../features/batch/plan';
import type { DateOrder } from '../features/imports/read/dates';
import type { ImportFile } from '../features/imports/read-file';

// One long job, start to end, on its own connection to the books file: what a worker thread runs
// (job-worker.ts), and what tests run inline. Everything it needs travels in the request, which is
// plain data, so it crosses into a worker as it is.

export type ClockSpec = { today: IsoDate; fixed: boolean };

export type JobRequest =
  | {
      kind: 'import';
      booksPath: string;
      clock: ClockSpec;
      files: ImportFile[];
      dateOrder?: DateOrder;
    }
  | { kind: 'demo'; booksPath: string; clock: ClockSpec; size: 'small' | 'large' }
  /** Letters or statements for many customers: files in a folder, each on its customer's history. */
  | { kind: 'documents'; booksPath: string; clock: ClockSpec; batch: BatchRequest }
  /** Checking files before an import: quick for small files, seconds for big ones, never a write. */
  | {
      kind: 'analyse';
      booksPath: string;
      clock: ClockSpec;
      files: ImportFile[];
      dateOrder?: DateOrder;
    };

export interface JobHooks {
  onProgress(progress: JobProgress): void;
  shouldStop(): boolean;
  /**
   * Given the result as soon as the work is done, before the connection is tidied up (a bulk
   * write's checkpoint, withCheckpointLater): the worker answers from here, so nobody waits for it.
   */
  onResult?(result: unknown): void;
}

const clockOf = (spec: ClockSpec): Clock => (spec.fixed ? fixedClock(spec.today) : systemClock);

export async function runJob(request: JobRequest, hooks: JobHooks): Promise<unknown> {
  const books = await openBooks(request.booksPath, { create: false });
  let result: unknown;
  try {
    result = await work({ books, clock: clockOf(request.clock) }, request, hooks);
  } catch (error) {
    books.close();
    throw error;
  }
  hooks.onResult?.(result);
  try {
    // Copies what the job committed from the write-ahead log into the books file, now that the
    // answer is out; PASSIVE never waits for, or blocks, the app's own connection.
    books.sqlite.pragma('wal_checkpoint(PASSIVE)');
  } finally {
    books.close();
  }
  return result;
}

async function work(ctx: Ctx, request: JobRequest, hooks: JobHooks): Promise<unknown> {
  // Each kind loads only its own code: a worker starting an import has no use for the PDF and
  // letter modules, and loading them cost ~0.1 s of every import.
  if (request.kind === 'analyse') {
    const { analyseImport } = await import('../features/imports/import.service');
    return analyseImport(ctx, request.files, request.dateOrder ? { dateOrder: request.dateOrder } : {});
  }
  if (request.kind === 'documents') {
    const { runBatch } = await import('../features/batch/batch.service');
    return await runBatch(ctx, request.batch, {
      onProgress: hooks.onProgress,
      shouldStop: hooks.shouldStop,
    });
  }
  if (request.kind === 'import') {
    const { runImport } = await import('../features/imports/import.service');
    return runImport(ctx, request.files, {
      ...(request.dateOrder ? { dateOrder: request.dateOrder } : {}),
      onProgress: hooks.onProgress,
      shouldStop: hooks.shouldStop,
    });
  }
  const { createDemoShop } = await import('../features/demo/demo.service');
  return createDemoShop(ctx, {
    size: request.size,
    onProgress: hooks.onProgress,
    shouldStop: hooks.shouldStop,
  });
}
