import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Compilable, type DialectAdapter, Kysely, SqliteAdapter, SqliteDialect } from 'kysely';
import type { Migration } from 'kysely/migration';
import { DulyError } from '../../shared/errors';
import { migrateBooks } from './migrator';
import type { DB } from './schema';

/**
 * One open books file. Queries are built with kysely (typed) and run synchronously on
 * better-sqlite3: a service call is one uninterrupted unit, so no other request can slip between
 * its reads and its writes, and transactions cannot interleave.
 */
export interface Books {
  readonly path: string;
  readonly sqlite: Database.Database;
  /** Builds typed queries; run them with all/first/run below. */
  readonly db: Kysely<DB>;
  all<R>(query: Compilable<R>): R[];
  first<R>(query: Compilable<R>): R | undefined;
  run(query: Compilable<unknown>): Database.RunResult;
  /** Runs fn in one IMMEDIATE transaction (a savepoint when nested); rolls back if it throws. */
  transaction<T>(fn: () => T): T;
  /** A prepared statement kept for the life of the connection: for hot loops (import, allocation). */
  prepare(sql: string): Database.Statement;
  close(): void;
}

export const MEMORY = ':memory:';

export interface OpenBooksOptions {
  /** Create the file if it does not exist (default true). */
  create?: boolean;
  /** Folder for the automatic backup taken before a schema upgrade (default: beside the file). */
  backupDir?: string;
  /** Timestamp for backup names; injected so tests are deterministic. */
  now?: () => Date;
  /** The migrations to apply (tests only; the shipped list otherwise). */
  migrations?: Record<string, Migration>;
}

export async function openBooks(file: string, options: OpenBooksOptions = {}): Promise<Books> {
  const isMemory = file === MEMORY;
  const existed = !isMemory && fs.existsSync(file);
  if (!isMemory && !existed && options.create === false) {
    throw new DulyError('books', `There is no books file at ${file}.`);
  }
  if (!isMemory) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
    applyPragmas(sqlite, isMemory, !existed);
  } catch (error) {
    throw new DulyError('books', `${file} could not be opened as Duly books: ${(error as Error).message}`);
  }
  const books = wrap(file, sqlite);
  try {
    await migrateBooks(books, {
      existed,
      backupDir: options.backupDir ?? path.join(path.dirname(path.resolve(file)), 'backups'),
      now: options.now ?? (() => new Date()),
      ...(options.migrations ? { migrations: options.migrations } : {}),
    });
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return books;
}

function applyPragmas(sqlite: Database.Database, isMemory: boolean, isNew: boolean): void {
  // Check it is a SQLite file before anything writes to it.
  sqlite.pragma('schema_version');
  // 16 KiB pages (SQLite's default is 4): Duly's reads are long range scans over ten years of
  // invoices, and its big writes are bulk imports; bigger pages mean shallower trees and fewer pages
  // to write. Measured on the large demo: an import of 200,000 invoices ~15% faster, reports a little
  // faster too. It only takes effect on a new file (before its first table); older books keep theirs.
  if (isNew) sqlite.pragma('page_size = 16384');
  if (!isMemory) sqlite.pragma('journal_mode = WAL');
  // FULL: a committed transaction survives a power cut, not only an app crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('temp_store = MEMORY');
}

/**
 * SQLite runs DDL inside transactions, but kysely's adapter says it cannot, and its Migrator then
 * runs migrations without one: a failing migration would leave half a schema behind. Saying so
 * makes the Migrator wrap all pending migrations in one transaction.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class BooksDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter();
  }
}

function wrap(file: string, sqlite: Database.Database): Books {
  const db = new Kysely<DB>({ dialect: new BooksDialect({ database: sqlite }) });
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      if (cache.size > 500) cache.clear();
      cache.set(sql, statement);
    }
    return statement;
  };
  const compiled = (query: Compilable<unknown>) => {
    const c = query.compile();
    return { statement: prepare(c.sql), parameters: c.parameters as unknown[] };
  };
  return {
    path: file,
    sqlite,
    db,
    all<R>(query: Compilable<R>): R[] {
      const { statement, parameters } = compiled(query);
      return statement.all(...parameters) as R[];
    },
    first<R>(query: Compilable<R>): R | undefined {
      const { statement, parameters } = compiled(query);
      return statement.get(...parameters) as R | undefined;
    },
    run(query: Compilable<unknown>): Database.RunResult {
      const { statement, parameters } = compiled(query);
      return statement.run(...parameters);
    },
    transaction<T>(fn: () => T): T {
      return sqlite.transaction(fn).immediate();
    },
    prepare,
    close() {
      cache.clear();
      if (sqlite.open) sqlite.close();
    },
  };
}
