import type { MessagePort } from 'node:worker_threads';
import { errorData } from '../../../shared/errors';
import { buffersOf, drawPiece } from './draw';
import type { DrawWorkerData, DrawWorkerMessage } from './parallel';

// The drawing mode of the job worker thread (job-worker.ts starts it when given a piece): draws the
// piece, counts customers into the shared progress, stops when the shared flag says so, and hands
// the files back without copying them.

export async function serveDraw(data: DrawWorkerData, port: MessagePort): Promise<void> {
  const stop = new Int32Array(data.stop);
  const progress = new Int32Array(data.progress);
  try {
    const piece = await drawPiece(data.draw, {
      tick: () => Atomics.add(progress, data.slot, 1),
      stopped: () => Atomics.load(stop, 0) === 1,
    });
    const message: DrawWorkerMessage = { type: 'done', piece };
    port.postMessage(message, buffersOf(piece));
  } catch (error) {
    const message: DrawWorkerMessage = {
      type: 'failed',
      error: errorData(error, 'Drawing stopped unexpectedly'),
    };
    port.postMessage(message);
  }
}
