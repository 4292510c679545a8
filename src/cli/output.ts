import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './io';

// What the command line writes: tables for the terminal, and files (reports now, statements later).
// A file is written to a temporary name beside the target and renamed into place, so a failed or
// interrupted write never leaves half a report where yesterday's whole one was.

/** The books file and the files SQLite keeps beside it: never overwritten with a report. */
const BOOKS_COMPANIONS = ['', '-wal', '-shm', '-journal'];

function canonical(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    // Not there yet: its folder may still be a link.
    try {
      return path.join(fs.realpathSync(path.dirname(file)), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/** Refuses an output path that is the books file (or one of SQLite's files beside it). */
export function checkNotBooks(out: string, books: string): void {
  const target = canonical(out);
  const base = canonical(books);
  if (BOOKS_COMPANIONS.some((suffix) => target === base + suffix)) {
    throw new UsageError(`--out ${out} is the books file itself; choose another file name.`);
  }
}

export function writeOutputFile(file: string, bytes: Uint8Array | string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, file);
  } catch (e) {
    fs.rmSync(temporary, { force: true });
    const reason =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (e as Error).message;
    throw new Error(`Could not write ${file}: ${reason}.`);
  }
}

/**
 * Rows (the header first) as aligned columns for a terminal: each column as wide as its widest cell,
 * text to the left and figures to the right, two spaces between. `line` writes a row, `rule` the line
 * under the header.
 */
export function textColumns(rows: readonly (readonly string[])[], alignLeft: (column: number) => boolean) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length)));
  return {
    line: (row: readonly string[]) =>
      row
        .map((cell, i) => (alignLeft(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
    rule: widths.map((w) => '─'.repeat(w)).join('  '),
  };
}
