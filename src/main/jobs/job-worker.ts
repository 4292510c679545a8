import { parentPort, workerData } from 'node:worker_threads';
import { errorData } from '../../shared/errors';
import type { DrawWorkerData } from '../features/batch/parallel';
import type { JobRequest } from './run-job';

// Entry of the job worker thread (built to job-worker.js beside the app's entry). Progress and the
// outcome go back as messages; the cancel flag is shared memory, because this thread is busy in
// synchronous work and would only read a message once it is done.
//
// The same file also draws a piece of a batch of letters or statements when a batch job starts it
// for the second core (features/batch/parallel.ts): one worker file, built everywhere jobs run.
// Each mode loads only its own code.

interface WorkerData {
  request: JobRequest;
  stop: SharedArrayBuffer;
}

const data = workerData as WorkerData | DrawWorkerData;
const port = parentPort!;

if ('draw' in data) {
  const { serveDraw } = await import('../features/batch/draw-worker');
  await serveDraw(data, port);
} else {
  const { runJob } = await import('./run-job');
  const flag = new Int32Array(data.stop);
  let answered = false;
  await runJob(data.request, {
    onProgress: (progress) => port.postMessage({ type: 'progress', progress }),
    shouldStop: () => Atomics.load(flag, 0) === 1,
    // The answer goes out before the connection is tidied up; the thread ends after that.
    onResult: (result) => {
      answered = true;
      port.postMessage({ type: 'done', result });
    },
  }).catch((error: unknown) => {
    // After the answer only the tidying up can fail; what was committed stays committed.
    if (!answered)
      port.postMessage({
        type: 'failed',
        error: errorData(error, 'The job stopped unexpectedly'),
      });
  });
}
