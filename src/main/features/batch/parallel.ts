import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DulyError, type ErrorData } from '../../../shared/errors';
import { cancelledBatch, type DrawnPiece, type DrawPiece, drawPiece } from './draw';

// Both cores draw: the batch is cut into pieces of about equal work, this thread draws the first
// and a worker thread each of the others, at the same time; the pieces are joined afterwards. The
// worker is the job worker file (job-worker.js) started in its drawing mode, so it exists wherever
// the app, browser mode, the command line and the benchmark are built. Progress and cancel cross
// threads through shared memory: this thread is busy drawing and reads no messages meanwhile.

/** What the job worker file is given to draw a piece (job-worker.ts tells the two modes apart). */
export interface DrawWorkerData {
  draw: DrawPiece;
  /** Int32 [0]: 1 = stop. */
  stop: SharedArrayBuffer;
  /** Int32 per piece: customers drawn so far. */
  progress: SharedArrayBuffer;
  slot: number;
}

export type DrawWorkerMessage = { type: 'done'; piece: DrawnPiece } | { type: 'failed'; error: ErrorData };

export interface DrawAllOptions {
  /** The built job-worker.js; null: every piece on this thread (tests, a small batch). */
  workerFile: string | null;
  /** Customers drawn so far, of all pieces. */
  onProgress(done: number): void;
  shouldStop(): boolean;
}

const POLL_MS = 100;

export async function drawAll(pieces: readonly DrawPiece[], options: DrawAllOptions): Promise<DrawnPiece[]> {
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const progress = new Int32Array(new SharedArrayBuffer(4 * pieces.length));
  const done = () => progress.reduce((a, b) => a + b, 0);
  const stopped = () => {
    if (Atomics.load(stop, 0) === 1) return true;
    if (!options.shouldStop()) return false;
    Atomics.store(stop, 0, 1);
    return true;
  };
  const { workerFile } = options;
  const workers =
    workerFile === null
      ? []
      : pieces.slice(1).map((piece, i) => inWorker(workerFile, piece, stop, progress, i + 1));
  // While this thread waits for the workers, it passes their progress (and a cancel) on.
  const timer = setInterval(() => {
    stopped();
    options.onProgress(done());
  }, POLL_MS);
  let lastReport = 0;
  const here = async (piece: DrawPiece, slot: number) =>
    drawPiece(piece, {
      tick: () => {
        Atomics.add(progress, slot, 1);
        const now = performance.now();
        if (now - lastReport >= POLL_MS) {
          lastReport = now;
          options.onProgress(done());
        }
      },
      stopped,
    });
  try {
    const first = here(pieces[0]!, 0).catch((e: unknown) => {
      // Tell the workers to stop at once rather than draw pieces nobody will use.
      Atomics.store(stop, 0, 1);
      throw e;
    });
    const all = [first, ...workers];
    if (workerFile === null) {
      for (const [i, piece] of pieces.slice(1).entries()) all.push(here(piece, i + 1));
    }
    const settled = await Promise.allSettled(all);
    const failed = settled
      .filter((s): s is PromiseRejectedResult => s.status === 'rejected')
      .map((s) => s.reason);
    if (failed.length > 0) {
      if (stopped() || failed.some((e) => e instanceof DulyError && e.code === 'cancelled'))
        throw cancelledBatch();
      throw failed[0];
    }
    options.onProgress(done());
    return settled.map((s) => (s as PromiseFulfilledResult<DrawnPiece>).value);
  } finally {
    clearInterval(timer);
  }
}

function inWorker(
  file: string,
  piece: DrawPiece,
  stop: Int32Array,
  progress: Int32Array,
  slot: number,
): Promise<DrawnPiece> {
  const data: DrawWorkerData = {
    draw: piece,
    stop: stop.buffer as SharedArrayBuffer,
    progress: progress.buffer as SharedArrayBuffer,
    slot,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: data });
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      Atomics.store(stop, 0, 1);
      reject(error);
    };
    worker.on('message', (message: DrawWorkerMessage) => {
      if (settled) return;
      if (message.type === 'done') {
        settled = true;
        resolve(message.piece);
      } else {
        fail(DulyError.fromData(message.error));
      }
    });
    worker.on('error', (error) =>
      fail(new DulyError('internal', `Drawing stopped unexpectedly: ${error.message}`)),
    );
    worker.on('exit', () => fail(new DulyError('internal', 'Drawing stopped unexpectedly.')));
  });
}

/**
 * The job worker file built beside this code, when there is one: out/node/ or out/main/ hold it, and
 * this module sits in that folder or in its chunks/ folder. None when running from source (tests).
 */
export function builtWorkerFile(moduleDir: string = import.meta.dirname): string | null {
  for (const dir of [moduleDir, path.dirname(moduleDir)]) {
    const file = path.join(dir, 'job-worker.js');
    if (fs.existsSync(file)) return file;
  }
  return null;
}
