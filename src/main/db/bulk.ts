import type { Books } from './books';

// Helpers for writing a lot at once (a big import, the large demo shop). Both run inside the
// caller's transaction, so a failure or a cancel undoes them too.

/**
 * A bulk write touches pages all over the file. With room for them in the page cache while the
 * transaction is open, SQLite writes each page once at commit instead of spilling pages to the log
 * midway and reading them back. The cache size is a ceiling, not an allocation, and is restored.
 */
export function withBigPageCache<T>(books: Books, work: () => T): T {
  return withPragma(books, 'cache_size', -262144, work);
}

/**
 * Drops the secondary indexes of the given tables, runs the work, and creates them again from
 * their exact stored definitions: SQLite builds an index by sorting, far faster than growing it by
 * hundreds of thousands of single inserts. Call inside a transaction; other readers keep seeing the
 * committed books meanwhile.
 */
export function withIndexesRebuilt<T>(books: Books, tables: readonly string[], work: () => T): T {
  const indexes = books
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
          AND tbl_name IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(tables)) as { name: string; sql: string }[];
  for (const i of indexes) books.sqlite.exec(`DROP INDEX "${i.name}"`);
  const result = work();
  for (const i of indexes) books.sqlite.exec(i.sql);
  return result;
}

/**
 * Leaves the WAL checkpoint of a bulk write for later. Committing writes every changed page to the
 * write-ahead log (and syncs it: the data is safe from then on); SQLite's automatic checkpoint would
 * then copy them all into the books file too, before the commit returns: ~0.15 s for the large
 * demo's 118 MB. The job worker checkpoints after it has answered (run-job.ts); a connection that
 * closes last checkpoints anyway. Readers see the committed rows either way.
 */
export function withCheckpointLater<T>(books: Books, work: () => T): T {
  return withPragma(books, 'wal_autocheckpoint', 0, work);
}

/** Runs the work with a connection setting changed, and puts it back however the work ends. */
function withPragma<T>(books: Books, name: string, value: number, work: () => T): T {
  const before = books.sqlite.pragma(name, { simple: true }) as number;
  books.sqlite.pragma(`${name} = ${value}`);
  try {
    return work();
  } finally {
    books.sqlite.pragma(`${name} = ${before}`);
  }
}

/** The ledger tables a bulk write fills. */
export const LEDGER_TABLES = [
  'invoices',
  'payments',
  'payment_targets',
  'credit_notes',
  'allocations',
] as const;
