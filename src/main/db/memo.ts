import type { Books } from './books';

// Derived figures that are costly for every customer at once (each customer's payment class for
// the customers list) and unchanged until the books change. A remembered value is used only while
// nothing has been written since it was worked out: `total_changes()` counts rows this connection
// has changed, `PRAGMA data_version` moves when another connection (the import worker) commits.
// Either moving drops it. Kept per open books, so closing them forgets everything.

interface Entry {
  stamp: string;
  value: unknown;
}

const remembered = new WeakMap<Books, Map<string, Entry>>();

function stampOf(books: Books): string {
  const changes = books.prepare('SELECT total_changes()').pluck().get() as number;
  const version = books.sqlite.pragma('data_version', { simple: true }) as number;
  return `${changes}:${version}`;
}

/** The remembered value for `key` if the books have not changed since, else undefined. */
export function recall<T>(books: Books, key: string): T | undefined {
  const entry = remembered.get(books)?.get(key);
  return entry && entry.stamp === stampOf(books) ? (entry.value as T) : undefined;
}

/** Remembers `value` for `key` as of the books' present state. */
export function remember<T>(books: Books, key: string, value: T): T {
  let entries = remembered.get(books);
  if (!entries) {
    entries = new Map();
    remembered.set(books, entries);
  }
  // A handful of keys at most (a class map per as-of date): keep the newest few.
  if (entries.size >= 8) entries.delete(entries.keys().next().value!);
  entries.set(key, { stamp: stampOf(books), value });
  return value;
}
