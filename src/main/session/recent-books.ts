import fs from 'node:fs';
import path from 'node:path';
import type { RecentBooks } from '../../shared/contract/books';

// The books files opened lately, newest first, kept in a small JSON file in the user's data folder.
// A damaged or missing list is simply empty: it is a convenience, never the only record of anything.

const MAX_RECENT = 10;

interface Entry {
  path: string;
  openedAt: string;
}

export class RecentBooksList {
  constructor(private readonly file: string) {}

  private read(): Entry[] {
    try {
      const data = JSON.parse(fs.readFileSync(this.file, 'utf8')) as unknown;
      return Array.isArray(data)
        ? data.filter((e): e is Entry => typeof e?.path === 'string' && typeof e?.openedAt === 'string')
        : [];
    } catch {
      return [];
    }
  }

  list(): RecentBooks[] {
    return this.read().map((e) => ({
      path: e.path,
      name: booksName(e.path),
      openedAt: e.openedAt,
      exists: fs.existsSync(e.path),
    }));
  }

  remember(file: string, openedAt: string): void {
    const entries = [{ path: file, openedAt }, ...this.read().filter((e) => e.path !== file)].slice(
      0,
      MAX_RECENT,
    );
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(entries, null, 2));
    fs.renameSync(temp, this.file);
  }
}

/** "/home/ann/books/Corner Shop.duly" → "Corner Shop". */
export const booksName = (file: string): string => path.basename(file).replace(/\.duly$/i, '');
