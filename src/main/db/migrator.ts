import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { DulyError } from '../../shared/errors';
import type { Books } from './books';
import { migrations } from './migrations';

export interface MigrateOptions {
  /** The file existed before this open: an upgrade, so a backup comes first. */
  existed: boolean;
  backupDir: string;
  now: () => Date;
}

export interface SchemaStatus {
  current: string | null;
  latest: string;
  pending: string[];
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and typed against Kysely<any>.
function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

export const LATEST_SCHEMA = Object.keys(migrations).sort().at(-1) as string;

export async function schemaStatus(books: Books): Promise<SchemaStatus> {
  const all = await migrator(books.db).getMigrations();
  const done = all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
  const unknown = done.filter((name) => !(name in migrations));
  if (unknown.length > 0) {
    throw new DulyError(
      'books',
      `These books were written by a newer Duly (schema ${unknown.at(-1)}). Update Duly to open them.`,
    );
  }
  return {
    current: done.at(-1) ?? null,
    latest: LATEST_SCHEMA,
    pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}

/**
 * Brings the file to the latest schema. Forward-only; all pending migrations run in one
 * transaction, so a failure leaves the file exactly as it was. An existing file that needs an
 * upgrade is first copied with SQLite's online backup.
 */
export async function migrateBooks(books: Books, options: MigrateOptions): Promise<string | null> {
  const status = await schemaStatus(books);
  if (status.pending.length === 0) return null;
  let backup: string | null = null;
  if (options.existed && status.current !== null) {
    fs.mkdirSync(options.backupDir, { recursive: true });
    const stamp = options.now().toISOString().replace(/[:.]/g, '-');
    const base = path.basename(books.path).replace(/\.[^.]+$/, '');
    backup = path.join(options.backupDir, `${base}-before-${status.pending[0]}-${stamp}.duly`);
    await books.sqlite.backup(backup);
  }
  const { error, results } = await migrator(books.db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new DulyError(
      'books',
      `Upgrading the books failed at ${failed}; nothing was changed.${backup ? ` A copy is at ${backup}.` : ''} (${(error as Error).message})`,
    );
  }
  return backup;
}
