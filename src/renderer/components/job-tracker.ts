import { useEffect, useState, useSyncExternalStore } from 'react';
import { JOB_EVENT } from '../../shared/contract/events';
import type { JobKind, JobStatus } from '../../shared/contract/jobs';
import { api, invoke } from '../api/client';

// Long jobs (an import, the demo shop) outlive the screen that started them: the owner may look at
// another page while one runs, and coming back must show it still going, not a fresh start. So
// their status lives here, outside React. 'job' events keep it current; while a job runs, main is
// also asked every two seconds, so a missed event (a reconnecting event stream, a job that ended
// before its start was even answered) can never leave a progress bar stuck.

const POLL_MS = 2000;

const jobs = new Map<string, JobStatus>();
const listeners = new Set<() => void>();
let listening = false;
let poll: ReturnType<typeof setInterval> | undefined;

function notify(): void {
  for (const listener of listeners) listener();
}

/** Resolves once a tracked job has ended (done, failed or cancelled), with its last status. */
export function whenJobEnds(id: string): Promise<JobStatus> {
  return new Promise((resolve) => {
    const check = () => {
      const job = jobs.get(id);
      if (job && job.state !== 'running') {
        listeners.delete(check);
        resolve(job);
      }
    };
    listeners.add(check);
    check();
  });
}

function running(): JobStatus[] {
  return [...jobs.values()].filter((j) => j.state === 'running');
}

function update(status: JobStatus): void {
  const known = jobs.get(status.id);
  // Unknown jobs are someone else's; an ended job never changes again, so a late progress event
  // or an earlier poll's answer cannot bring it back to life.
  if (known?.state !== 'running') return;
  jobs.set(status.id, status);
  notify();
  if (running().length === 0 && poll) {
    clearInterval(poll);
    poll = undefined;
  }
}

function ask(id: string): void {
  invoke('jobs.get', { id }).then(update, () => undefined);
}

/** Follows a job main has just started; its status is then readable with useJob(id). */
export function trackJob(started: JobStatus): void {
  jobs.set(started.id, started);
  if (!listening) {
    // One listener for the life of the window: jobs are few, and a later job needs it again.
    api.on(JOB_EVENT, (payload) => update(payload as JobStatus));
    listening = true;
  }
  poll ??= setInterval(() => {
    for (const job of running()) ask(job.id);
  }, POLL_MS);
  notify();
  // The job may have moved on (or ended) before this call was answered.
  ask(started.id);
}

/** The most recent job of a kind started from this window, if it has not been put away. */
function latestJob(kind: JobKind): JobStatus | undefined {
  return [...jobs.values()].filter((j) => j.kind === kind).at(-1);
}

/**
 * The job a page of one kind shows, and a way to set it: the latest started from this window, else
 * the one main is running if it is of that kind (started from another window, or before a reload),
 * so every window shows a running import or batch with its progress and Cancel.
 */
export function usePageJob(kind: JobKind): [string | undefined, (id: string | undefined) => void] {
  const [id, setId] = useState<string | undefined>(() => latestJob(kind)?.id);
  useEffect(() => {
    if (id) return;
    let live = true;
    invoke('jobs.running', {}).then(
      (job) => {
        if (!live || job?.kind !== kind || job.state !== 'running') return;
        if (!jobs.has(job.id)) trackJob(job);
        setId(job.id);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id, kind]);
  return [id, setId];
}

/** Puts a finished job away: the screen that showed its result has moved on. */
export function forgetJob(id: string): void {
  if (jobs.get(id)?.state === 'running') return;
  if (jobs.delete(id)) notify();
}

/** Asks main to stop a job; the 'cancelled' status arrives like any other. */
export async function cancelJob(id: string): Promise<void> {
  update(await invoke('jobs.cancel', { id }));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** A tracked job's latest status; re-renders on every change. */
export function useJob(id: string | undefined): JobStatus | undefined {
  return useSyncExternalStore(subscribe, () => (id ? jobs.get(id) : undefined));
}
