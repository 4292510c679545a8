import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DulyError } from '../../shared/errors';
import { MEMORY, openBooks } from './books';
import { LATEST_SCHEMA, schemaStatus } from './migrator';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-books-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const table = (name: string): Migration => ({
  up: async (db: Kysely<unknown>) => void (await sql.raw(`CREATE TABLE ${name} (x)`).execute(db)),
});
const failing: Migration = {
  up: async (db: Kysely<unknown>) => {
    await sql.raw('CREATE TABLE half_done (x)').execute(db);
    throw new Error('disk on fire');
  },
};
/** The tables in a file, read as another program would, without migrating it. */
function tables(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  db.close();
  return names;
}

describe('opening books', () => {
  it('creates a new file at the latest schema, with WAL, full sync, foreign keys, a busy timeout and 16 KiB pages', async () => {
    const file = path.join(dir, 'shop.duly');
    const books = await openBooks(file);
    expect(books.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(books.sqlite.pragma('page_size', { simple: true })).toBe(16384);
    expect(books.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(books.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(books.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaStatus(books)).toEqual({ current: LATEST_SCHEMA, latest: LATEST_SCHEMA, pending: [] });
    books.close();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('backs up an existing file before upgrading it, then upgrades it', async () => {
    const file = path.join(dir, 'shop.duly');
    (await openBooks(file, { migrations: { '01-a': table('a') } })).close();
    const now = () => new Date('2026-11-23T10:00:00Z');
    const books = await openBooks(file, { migrations: { '01-a': table('a'), '02-b': table('b') }, now });
    books.close();
    const backup = path.join(dir, 'backups', 'shop-before-02-b-2026-11-23T10-00-00-000Z.duly');
    expect(fs.existsSync(backup)).toBe(true);
    expect(tables(backup)).toContain('a');
    expect(tables(backup)).not.toContain('b');
    expect(tables(file)).toContain('b');
  });

  it('leaves the file exactly as it was when an upgrade fails, and says where the copy is', async () => {
    const file = path.join(dir, 'shop.duly');
    (await openBooks(file, { migrations: { '01-a': table('a') } })).close();
    const error = await openBooks(file, { migrations: { '01-a': table('a'), '02-bad': failing } }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(DulyError);
    expect(error.message).toMatch(
      /failed at 02-bad; nothing was changed\. A copy is at .*shop-before-02-bad/,
    );
    expect(tables(file)).not.toContain('half_done');
    const reopened = await openBooks(file, { migrations: { '01-a': table('a') } });
    expect(schemaStatus(reopened, { '01-a': table('a') }).current).toBe('01-a');
    reopened.close();
  });

  it('refuses books written by a newer Duly', async () => {
    const file = path.join(dir, 'shop.duly');
    (await openBooks(file, { migrations: { '01-a': table('a'), '02-b': table('b') } })).close();
    await expect(openBooks(file, { migrations: { '01-a': table('a') } })).rejects.toThrow(
      /written by a newer Duly \(schema 02-b\)/,
    );
  });

  it('refuses a file that is not SQLite, and a missing file when asked not to create one', async () => {
    const junk = path.join(dir, 'notes.duly');
    fs.writeFileSync(junk, 'this is not a database, just some text that is long enough to have a header');
    await expect(openBooks(junk)).rejects.toThrow(/could not be opened as Duly books/);
    await expect(openBooks(path.join(dir, 'missing.duly'), { create: false })).rejects.toThrow(
      /There is no books file/,
    );
    expect(fs.existsSync(path.join(dir, 'missing.duly'))).toBe(false);
  });

  it('rolls back a transaction that throws, and nests as a savepoint', async () => {
    const books = await openBooks(MEMORY);
    const count = () => books.prepare('SELECT COUNT(*) FROM imports').pluck().get();
    expect(() =>
      books.transaction(() => {
        books.prepare("INSERT INTO imports (started_at, files, summary) VALUES ('x', '[]', '{}')").run();
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(count()).toBe(0);
    books.transaction(() => {
      books.prepare("INSERT INTO imports (started_at, files, summary) VALUES ('x', '[]', '{}')").run();
      try {
        books.transaction(() => {
          books.prepare("INSERT INTO imports (started_at, files, summary) VALUES ('y', '[]', '{}')").run();
          throw new Error('inner');
        });
      } catch {}
    });
    expect(count()).toBe(1);
    books.close();
  });
});
