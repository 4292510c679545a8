import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import { DulyError } from '../../shared/errors';
import type { Books } from './books';
import { migrations as shipped } from './migrations';

export interface MigrateOptions {
  /** The file existed before this open: an upgrade, so a backup comes first. */
  existed: boolean;
  backupDir: string;
  now: () => Date;
  /** The migrations to apply; the shipped list unless a test gives its own. */
  migrations?: Record<string, Migration>;
}

export interface SchemaStatus {
  current: string | null;
  latest: string;
  pending: string[];
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and typed against Kysely<any>.
function migrator(db: Kysely<any>, list: Record<string, Migration>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => list } });
}

export const LATEST_SCHEMA = Object.keys(shipped).sort().at(-1) as string;

/** Names of the migrations already applied to this file, oldest first (none for a new file). */
function applied(books: Books): string[] {
  const table = books
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
    .get();
  if (!table) return [];
  return books.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all() as string[];
}

export function schemaStatus(books: Books, list: Record<string, Migration> = shipped): SchemaStatus {
  const done = applied(books);
  const unknown = done.filter((name) => !(name in list));
  if (unknown.length > 0) {
    throw new DulyError(
      'books',
      `These books were written by a newer Duly (schema ${unknown.at(-1)}). Update Duly to open them.`,
    );
  }
  const names = Object.keys(list).sort();
  return {
    current: done.at(-1) ?? null,
    latest: names.at(-1) ?? '',
    pending: names.filter((name) => !done.includes(name)),
  };
}

/**
 * Brings the file to the latest schema. Forward-only; all pending migrations run in one
 * transaction, so a failure leaves the file exactly as it was. An existing file that needs an
 * upgrade is first copied with SQLite's online backup.
 */
export async function migrateBooks(books: Books, options: MigrateOptions): Promise<string | null> {
  const list = options.migrations ?? shipped;
  const status = schemaStatus(books, list);
  if (status.pending.length === 0) return null;
  let backup: string | null = null;
  if (options.existed && status.current !== null) {
    fs.mkdirSync(options.backupDir, { recursive: true });
    const stamp = options.now().toISOString().replace(/[:.]/g, '-');
    const base = path.basename(books.path).replace(/\.[^.]+$/, '');
    backup = path.join(options.backupDir, `${base}-before-${status.pending[0]}-${stamp}.duly`);
    await books.sqlite.backup(backup);
  }
  const { error, results } = await migrator(books.db, list).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new DulyError(
      'books',
      `Upgrading the books failed at ${failed}; nothing was changed.${backup ? ` A copy is at ${backup}.` : ''} (${(error as Error).message})`,
    );
  }
  return backup;
}
