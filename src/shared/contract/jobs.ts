import { z } from 'zod';
import type { ErrorData } from '../errors';

// Long work (an import, the large demo shop) runs off the request path: a channel starts it and
// answers at once with a job; progress, the end and the result arrive as 'job' events, and
// jobs.get reads the same status at any time.

export type JobKind = 'import' | 'demo' | 'documents';
export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobProgress {
  /** What is happening now, in a word: reading, checking, allocating, saving, invoices… */
  phase: string;
  done: number;
  total: number;
}

export interface JobStatus<R = unknown> {
  id: string;
  kind: JobKind;
  /** What it makes, in words for a title or a message: "an import", "a batch of reminder letters". */
  about: string;
  state: JobState;
  progress: JobProgress;
  startedAt: string;
  /** When done: what the job produced (for an import, its summary). */
  result?: R;
  /** When failed: why, with the same problems a direct call would give. */
  error?: ErrorData;
}

export const jobIdInput = z.object({ id: z.string().min(1).max(100) });
