import { notifications } from '@mantine/notifications';
import { useSyncExternalStore } from 'react';
import type { BooksStatus } from '../../../shared/contract/books';
import { DulyRequestError, invoke } from '../../api/client';
import { trackJob, whenJobEnds } from '../../components/job-tracker';

// "Explore a demo shop": new books of their own (the owner's books are never filled with made-up
// customers), then the demo job in them, then the customer list. The run lives outside React so
// the page may be left and come back to, or re-rendered as the books change under it (creating
// the books switches them), without losing track of the job.

export type DemoSize = 'small' | 'large';

export type DemoRun =
  | { state: 'idle' }
  | { state: 'creating'; size: DemoSize }
  | { state: 'running'; size: DemoSize; jobId: string; booksName: string }
  | { state: 'failed'; size: DemoSize; message: string };

const BOOKS_NAME: Record<DemoSize, string> = { small: 'Demo shop', large: 'Demo shop (large)' };

let run: DemoRun = { state: 'idle' };
/** The books the last attempt created: a retry after a failure fills them instead of making more. */
let createdPath: string | undefined;
const listeners = new Set<() => void>();

function set(next: DemoRun): void {
  run = next;
  for (const listener of listeners) listener();
}

export function useDemoRun(): DemoRun {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    () => run,
  );
}

/** New books named "Demo shop", or "Demo shop 2" and so on when those exist already. */
async function freshBooks(base: string): Promise<BooksStatus> {
  for (let n = 1; ; n++) {
    try {
      return await invoke('books.create', { name: n === 1 ? base : `${base} ${n}` });
    } catch (error) {
      const taken = error instanceof DulyRequestError && error.code === 'conflict' && error.field === 'name';
      if (!taken || n >= 50) throw error;
    }
  }
}

/**
 * Creates the demo shop and, when it is ready, shows its customers. `changed` tells every screen
 * that other books are open (the switch itself also arrives as a books event).
 */
export async function startDemo(size: DemoSize, changed: () => void): Promise<void> {
  if (run.state === 'creating' || run.state === 'running') return;
  set({ state: 'creating', size });
  try {
    const now = await invoke('books.status', {});
    const reuse = now.open?.empty && now.open.path === createdPath;
    const books = reuse ? now : await freshBooks(BOOKS_NAME[size]);
    createdPath = books.open?.path;
    changed();
    const job = await invoke('demo.start', { size });
    trackJob(job);
    set({ state: 'running', size, jobId: job.id, booksName: books.open?.name ?? BOOKS_NAME[size] });
    const end = await whenJobEnds(job.id);
    // Cancelled on purpose: back to the choices, nothing to apologise for (nothing was kept).
    if (end.state === 'cancelled') {
      set({ state: 'idle' });
      return;
    }
    if (end.state !== 'done') {
      set({ state: 'failed', size, message: end.error?.message ?? 'The demo shop could not be made.' });
      return;
    }
    createdPath = undefined;
    set({ state: 'idle' });
    // Straight to the customers when the owner is still waiting on the welcome; otherwise a word.
    if (/^#?\/?(welcome)?$/.test(window.location.hash)) window.location.hash = '#/customers';
    else notifications.show({ title: 'The demo shop is ready', message: 'Open Customers to look around.' });
  } catch (error) {
    set({
      state: 'failed',
      size,
      message: error instanceof DulyRequestError ? error.message : 'Duly could not be reached. Try again.',
    });
  }
}

/** Puts a failure away (the owner read it). */
export function clearDemoFailure(): void {
  if (run.state === 'failed') set({ state: 'idle' });
}

/** Stops the demo being made; the job keeps nothing (one transaction). */
export function cancelDemo(): void {
  if (run.state === 'running') void invoke('jobs.cancel', { id: run.jobId }).catch(() => undefined);
}
