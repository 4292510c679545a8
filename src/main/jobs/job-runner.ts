import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { JOB_EVENT } from '../../shared/contract/events';
import type { JobProgress, JobStatus } from '../../shared/contract/jobs';
import type { Clock } from '../../shared/dates';
import { DulyError, type ErrorData, errorData } from '../../shared/errors';
import type { EventHub } from '../session/event-hub';
import { type JobRequest, runJob } from './run-job';

// Starts long jobs off the request path and keeps their status. With a worker file (the app and
// browser mode) each job runs in its own thread, so requests keep being answered while it works;
// without one (tests) the same job code runs on this thread. One job at a time: two jobs writing the
// same books would only wait for each other.

export interface JobRunnerOptions {
  /** The built job-worker.js; omitted: run jobs inline. */
  workerFile?: string;
  events?: EventHub;
  clock: Clock;
}

interface Job {
  status: JobStatus;
  stop: Int32Array;
  settled: Promise<void>;
}

const PROGRESS_EVERY_MS = 100;

/** What a job makes, in words: the busy message here, the progress title on screen. */
function aboutOf(request: Exclude<JobStart, { kind: 'analyse' }>): string {
  if (request.kind === 'import') return 'an import';
  if (request.kind === 'demo') return 'the demo shop';
  return request.batch.kind === 'letter' ? 'a batch of reminder letters' : 'a batch of statements';
}
const YOUNG_GENERATION_MB = 96;

/** A job as its caller asks for it: the runner adds the clock. */
export type JobStart = JobRequest extends infer R ? (R extends unknown ? Omit<R, 'clock'> : never) : never;

export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private lastEmit = 0;

  constructor(private readonly options: JobRunnerOptions) {}

  /** The job running now (at most one runs at a time). */
  running(): JobStatus | undefined {
    for (const job of this.jobs.values()) if (job.status.state === 'running') return job.status;
    return undefined;
  }

  start(request: Exclude<JobStart, { kind: 'analyse' }>): JobStatus {
    const busy = this.running();
    if (busy) {
      throw new DulyError('conflict', `Duly is still busy with ${busy.about}; wait for it to finish.`);
    }
    const clock = this.options.clock;
    const full = this.withClock(request);
    const status: JobStatus = {
      id: randomUUID(),
      kind: request.kind,
      about: aboutOf(request),
      state: 'running',
      progress: { phase: 'starting', done: 0, total: 0 },
      startedAt: clock.now().toISOString(),
    };
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const job: Job = { status, stop, settled: Promise.resolve() };
    this.jobs.set(status.id, job);
    job.settled = this.options.workerFile ? this.inWorker(job, full) : this.inline(job, full);
    this.emit(status, true);
    return { ...status };
  }

  /**
   * Runs work that answers one request (checking files before an import) in a thread of its own
   * when there is a worker, so this thread keeps answering others meanwhile. Not a tracked job: no
   * events, and it may run beside one.
   */
  async runDetached(request: JobStart): Promise<unknown> {
    const full = this.withClock(request);
    const quiet = { onProgress: () => undefined, shouldStop: () => false };
    if (!this.options.workerFile) return runJob(full, quiet);
    const stop = new SharedArrayBuffer(4);
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.options.workerFile!, {
        workerData: { request: full, stop },
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      worker.on('message', (message: { type: string; result?: unknown; error?: ErrorData }) => {
        if (message.type === 'done') resolve(message.result);
        else if (message.type === 'failed') {
          reject(DulyError.fromData(message.error!));
        }
      });
      worker.on('error', (error) => reject(error));
      worker.on('exit', () => reject(new DulyError('internal', 'The check stopped unexpectedly.')));
    });
  }

  get(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job)
      throw new DulyError(
        'not_found',
        'There is no such job; it may have belonged to an earlier start of Duly.',
      );
    return { ...job.status };
  }

  cancel(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new DulyError('not_found', 'There is no such job.');
    if (job.status.state === 'running') Atomics.store(job.stop, 0, 1);
    return { ...job.status };
  }

  /** Resolves when the job has ended (tests, and closing the app cleanly). */
  async settled(id: string): Promise<JobStatus> {
    const job = this.jobs.get(id);
    if (!job) throw new DulyError('not_found', 'There is no such job.');
    await job.settled;
    return { ...job.status };
  }

  /** The request with today as this runner's clock says, so the job's thread sees the same day. */
  private withClock(request: JobStart): JobRequest {
    const clock = this.options.clock;
    return { ...request, clock: { today: clock.today(), fixed: clock.fixed === true } } as JobRequest;
  }

  private progress(job: Job, progress: JobProgress): void {
    job.status.progress = progress;
    this.emit(job.status, false);
  }

  private finish(job: Job, outcome: { result: unknown } | { error: ErrorData }): void {
    if ('result' in outcome) {
      job.status.state = 'done';
      job.status.result = outcome.result;
    } else {
      job.status.state = outcome.error.code === 'cancelled' ? 'cancelled' : 'failed';
      job.status.error = outcome.error;
    }
    this.emit(job.status, true);
  }

  private emit(status: JobStatus, always: boolean): void {
    const now = Date.now();
    if (!always && now - this.lastEmit < PROGRESS_EVERY_MS) return;
    this.lastEmit = now;
    this.options.events?.emit(JOB_EVENT, { ...status });
  }

  private inWorker(job: Job, request: JobRequest): Promise<void> {
    return new Promise((resolve) => {
      const worker = new Worker(this.options.workerFile!, {
        workerData: { request, stop: job.stop.buffer },
        // An import makes millions of short-lived objects (cells, rows); a roomier young generation
        // means fewer scavenges. A ceiling, not an allocation.
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      let ended = false;
      worker.on(
        'message',
        (message: { type: string; progress?: JobProgress; result?: unknown; error?: ErrorData }) => {
          if (message.type === 'progress') this.progress(job, message.progress!);
          else if (message.type === 'done') this.finish(job, { result: message.result });
          else if (message.type === 'failed') this.finish(job, { error: message.error! });
          if (message.type !== 'progress') ended = true;
        },
      );
      worker.on('error', (error) => {
        ended = true;
        this.finish(job, {
          error: { code: 'internal', message: `The job stopped unexpectedly: ${error.message}` },
        });
      });
      worker.on('exit', () => {
        if (!ended)
          this.finish(job, { error: { code: 'internal', message: 'The job stopped unexpectedly.' } });
        resolve();
      });
    });
  }

  private async inline(job: Job, request: JobRequest): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    try {
      const result = await runJob(request, {
        onProgress: (p) => this.progress(job, p),
        shouldStop: () => Atomics.load(job.stop, 0) === 1,
      });
      this.finish(job, { result });
    } catch (error) {
      this.finish(job, { error: errorData(error, 'The job stopped unexpectedly') });
    }
  }
}
