import { parentPort, workerData } from 'node:worker_threads';
import { DulyError } from '../../shared/errors';
import { type JobRequest, runJob } from './run-job';

// Entry of the job worker thread (built to job-worker.js beside the app's entry). Progress and the
// outcome go back as messages; the cancel flag is shared memory, because this thread is busy in
// synchronous work and would only read a message once it is done.

interface WorkerData {
  request: JobRequest;
  stop: SharedArrayBuffer;
}

const { request, stop } = workerData as WorkerData;
const flag = new Int32Array(stop);
const port = parentPort!;

runJob(request, {
  onProgress: (progress) => port.postMessage({ type: 'progress', progress }),
  shouldStop: () => Atomics.load(flag, 0) === 1,
}).then(
  (result) => port.postMessage({ type: 'done', result }),
  (error: unknown) =>
    port.postMessage({
      type: 'failed',
      error:
        error instanceof DulyError
          ? error.toData()
          : {
              code: 'internal',
              message: `The job stopped unexpectedly: ${(error as Error)?.message ?? error}`,
            },
    }),
);
