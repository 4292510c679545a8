import { useSyncExternalStore } from 'react';
import type { BooksStatus } from '../../../shared/contract/books';
import type { PageId } from '../../shell/use-route';

// First run: empty books open on the welcome instead of an empty dashboard, until the owner
// chooses something. Importing or the demo fill the books (or open others), which ends it by
// itself; "Not now" ends it for those books, remembered in this window's storage because it is
// a preference of this screen, not something the books themselves need to hold.

const KEY = 'duly.welcome.notNow';
const listeners = new Set<() => void>();
let dismissed: readonly string[] = load();

function load(): readonly string[] {
  try {
    const saved: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

/** "Not now": these books show their dashboard, even while empty. */
export function dismissWelcome(booksPath: string): void {
  dismissed = [...dismissed.filter((p) => p !== booksPath), booksPath].slice(-50);
  try {
    window.localStorage.setItem(KEY, JSON.stringify(dismissed));
  } catch {
    // Storage full or refused: the choice still holds until the window closes.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Whether the welcome stands in for the page asked for (the dashboard of empty books): true, false,
 * or undefined while the books are still being read, so the dashboard does not flash up first.
 */
export function useWelcomeFirst(
  page: PageId,
  books: BooksStatus | undefined,
  failed: boolean,
): boolean | undefined {
  const notNow = useSyncExternalStore(subscribe, () => dismissed);
  if (page !== 'dashboard') return false;
  if (!books) return failed ? false : undefined;
  const open = books.open;
  return open?.empty === true && !notNow.includes(open.path);
}
