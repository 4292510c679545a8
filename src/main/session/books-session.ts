import fs from 'node:fs';
import path from 'node:path';
import type { BackupDto, BackupList, BackupRestoreInput } from '../../shared/contract/backups';
import type { BooksStatus } from '../../shared/contract/books';
import { BOOKS_EVENT } from '../../shared/contract/events';
import type { Clock } from '../../shared/dates';
import { DulyError } from '../../shared/errors';
import type { Ctx } from '../context';
import { type Books, openBooks } from '../db/books';
import { schemaStatus } from '../db/migrator';
import {
  assertBooksFile,
  backupFolder,
  backupPath,
  listBackups,
  pruneAutomatic,
  writeBackup,
} from './backup-files';
import type { EventHub } from './event-hub';
import { booksName, RecentBooksList } from './recent-books';

// Which books are open, and everything about switching them: create, open, the recent list, and
// backups (by hand, automatically on opening with the last few kept, and restore). Plain Node: the
// desktop app, browser mode and the tests use the same session.

export interface SessionOptions {
  /** Duly's folder in the user's data (Electron's userData; browser mode's equivalent). */
  userDataDir: string;
  clock: Clock;
  events?: EventHub;
  /** Automatic backups kept per books file. */
  keepAutomatic?: number;
}

export const DEFAULT_BOOKS_NAME = 'My shop';

export class BooksSession {
  private current: { books: Books; path: string } | null = null;
  private readonly recent: RecentBooksList;

  constructor(private readonly options: SessionOptions) {
    this.recent = new RecentBooksList(path.join(options.userDataDir, 'recent-books.json'));
  }

  get defaultFolder(): string {
    return path.join(this.options.userDataDir, 'books');
  }

  /** The open books, for services; an error any screen can show when none are open. */
  ctx(): Ctx {
    if (!this.current)
      throw new DulyError('books', 'No books are open. Create new books or open a books file.');
    return { books: this.current.books, clock: this.options.clock };
  }

  status(): BooksStatus {
    const open = this.current;
    let openDto: BooksStatus['open'] = null;
    if (open) {
      const empty =
        open.books
          .prepare('SELECT NOT EXISTS (SELECT 1 FROM customers) AND NOT EXISTS (SELECT 1 FROM invoices)')
          .pluck()
          .get() === 1;
      openDto = {
        path: open.path,
        name: booksName(open.path),
        schemaVersion: schemaStatus(open.books).current ?? '',
        empty,
      };
    }
    return { open: openDto, recent: this.recent.list(), defaultFolder: this.defaultFolder };
  }

  /** At start: the most recent books that still exist, else the default file (created if missing). */
  async openAtStart(): Promise<BooksStatus> {
    const last = this.recent.list().find((r) => r.exists);
    return this.open(last?.path ?? path.join(this.defaultFolder, `${DEFAULT_BOOKS_NAME}.duly`), {
      create: true,
    });
  }

  async create(name: string, folder?: string): Promise<BooksStatus> {
    const file = path.join(folder ?? this.defaultFolder, `${name}.duly`);
    if (fs.existsSync(file)) {
      throw new DulyError(
        'conflict',
        `There are already books called ${name} in that folder; open them, or choose another name.`,
        {
          field: 'name',
        },
      );
    }
    return this.open(file, { create: true });
  }

  async open(file: string, { create = false } = {}): Promise<BooksStatus> {
    const full = path.resolve(file);
    if (!create && !fs.existsSync(full)) {
      throw new DulyError(
        'not_found',
        `There is no books file at ${full}; it may have been moved or deleted.`,
        { field: 'path' },
      );
    }
    const existed = fs.existsSync(full);
    const books = await openBooks(full, { create: true, now: () => this.options.clock.now() });
    this.close();
    this.current = { books, path: full };
    if (existed) await this.automaticBackup();
    this.recent.remember(full, this.options.clock.now().toISOString());
    const status = this.status();
    this.options.events?.emit(BOOKS_EVENT, status);
    return status;
  }

  close(): void {
    this.current?.books.close();
    this.current = null;
  }

  /** The path of the open books, for work that opens its own connection (a worker). */
  openPath(): string {
    this.ctx();
    return this.current!.path;
  }

  private async automaticBackup(): Promise<void> {
    const { books, path: file } = this.current!;
    const hasData = books.prepare('SELECT EXISTS (SELECT 1 FROM customers)').pluck().get() === 1;
    if (!hasData) return;
    await writeBackup(books, backupPath(file, 'automatic', this.options.clock.now()));
    pruneAutomatic(file, this.options.keepAutomatic ?? 5);
  }

  listBackups(): BackupList {
    const file = this.openPath();
    return { folder: backupFolder(file), backups: listBackups(file) };
  }

  async backupNow(target?: string): Promise<BackupDto> {
    const { books } = this.ctx();
    const file = this.openPath();
    const destination = path.resolve(target ?? backupPath(file, 'manual', this.options.clock.now()));
    if (destination === file)
      throw new DulyError(
        'validation',
        'Choose another file: a backup cannot replace the books themselves.',
        { field: 'path' },
      );
    await writeBackup(books, destination);
    const stat = fs.statSync(destination);
    return {
      path: destination,
      name: path.basename(destination),
      kind: 'manual',
      createdAt: stat.mtime.toISOString(),
      bytes: stat.size,
    };
  }

  /**
   * Replaces the open books with a backup: the backup is checked first, the books as they are now
   * are copied aside ("before-restore"), then the backup's content takes their place and they are
   * opened again. An uploaded backup (browser mode) is written to the backups folder first.
   */
  async restore(input: BackupRestoreInput): Promise<BooksStatus> {
    const file = this.openPath();
    // Whatever the owner chose is copied beside the books first and only the copy is checked and
    // used: their own file is never opened (opening leaves -wal/-shm files), and an upload never
    // lingers in a folder.
    const staged = `${file}.restoring`;
    const removeStaged = () => {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${staged}${suffix}`, { force: true });
    };
    let shownName: string;
    if ('path' in input) {
      const source = path.resolve(input.path);
      if (source === file)
        throw new DulyError('validation', 'These are the books already open.', { field: 'path' });
      shownName = path.basename(source);
      fs.copyFileSync(source, staged);
    } else {
      shownName = input.name;
      fs.writeFileSync(staged, Buffer.from(input.data, 'base64'));
    }
    try {
      assertBooksFile(staged, shownName);
    } catch (error) {
      removeStaged();
      throw error;
    }
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${staged}${suffix}`, { force: true });
    await writeBackup(this.ctx().books, backupPath(file, 'before-restore', this.options.clock.now()));
    this.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    fs.renameSync(staged, file);
    return this.open(file);
  }
}
