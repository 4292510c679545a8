import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupDto, BackupKind } from '../../shared/contract/backups';
import { DulyError } from '../../shared/errors';
import type { Books } from '../db/books';
import { booksName } from './recent-books';

// Backups of a books file live in a "backups" folder beside it, named
// "<books>-<kind>-<timestamp>.duly", so they sort by time and say what they are. The schema upgrade's
// copies ("<books>-before-<migration>-…", written by the migrator) live there too.

export const backupFolder = (booksPath: string): string => path.join(path.dirname(booksPath), 'backups');

const stampOf = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

/** A new backup's path; never an existing file's (two backups in the same millisecond get -2, -3…). */
export function backupPath(
  booksPath: string,
  kind: Exclude<BackupKind, 'before-upgrade'>,
  now: Date,
): string {
  const base = path.join(backupFolder(booksPath), `${booksName(booksPath)}-${kind}-${stampOf(now)}`);
  let candidate = `${base}.duly`;
  for (let n = 2; fs.existsSync(candidate); n++) candidate = `${base}-${n}.duly`;
  return candidate;
}

/** Copies the open books with SQLite's online backup: consistent even while Duly is using them. */
export async function writeBackup(books: Books, target: string): Promise<void> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await books.sqlite.backup(target);
}

function kindOf(name: string, base: string): BackupKind | null {
  const rest = name.slice(base.length + 1);
  if (rest.startsWith('manual-')) return 'manual';
  if (rest.startsWith('automatic-')) return 'automatic';
  if (rest.startsWith('before-restore-')) return 'before-restore';
  if (rest.startsWith('before-')) return 'before-upgrade';
  return null;
}

export function listBackups(booksPath: string): BackupDto[] {
  const folder = backupFolder(booksPath);
  const base = booksName(booksPath);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const backups: BackupDto[] = [];
  for (const name of names) {
    if (!name.startsWith(`${base}-`) || !name.endsWith('.duly')) continue;
    const kind = kindOf(name, base);
    if (!kind) continue;
    const full = path.join(folder, name);
    const stat = fs.statSync(full);
    backups.push({ path: full, name, kind, createdAt: stat.mtime.toISOString(), bytes: stat.size });
  }
  return backups.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** Keeps the newest `keep` automatic backups of these books and deletes older ones. */
export function pruneAutomatic(booksPath: string, keep: number): void {
  const automatic = listBackups(booksPath).filter((b) => b.kind === 'automatic');
  for (const old of automatic.slice(keep)) fs.rmSync(old.path, { force: true });
}

/** Checks a file is Duly books before it replaces the open ones: readable SQLite with Duly's tables. */
export function assertBooksFile(file: string, shownName: string = path.basename(file)): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    if (!['settings', 'invoices', 'customers', 'kysely_migration'].every((t) => tables.includes(t))) {
      throw new Error('not Duly books');
    }
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('damaged');
  } catch {
    throw new DulyError(
      'validation',
      `“${shownName}” is not a Duly backup, or it is damaged; nothing was changed.`,
    );
  } finally {
    db?.close();
  }
}
