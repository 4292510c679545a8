import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobRequest } from '../jobs/run-job';
import { runJob } from '../jobs/run-job';
import { type Books, openBooks } from './books';
import { withCheckpointLater, withIndexesRebuilt } from './bulk';

// The helpers for big writes, on a real books file: WAL checkpoints only exist on disk.

let dir: string;
let file: string;
let books: Books;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-bulk-'));
  file = path.join(dir, 'shop.duly');
  books = await openBooks(file);
  books.sqlite.exec('CREATE TABLE filler (x TEXT NOT NULL)');
  books.sqlite.exec('CREATE INDEX filler_x ON filler(x)');
});
afterEach(() => {
  books.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** ~8 MB: far more than the 1,000 pages after which SQLite checkpoints by itself. */
function fill(): void {
  const insert = books.prepare('INSERT INTO filler (x) VALUES (?)');
  books.transaction(() => {
    for (let i = 0; i < 4000; i++) insert.run(`${i}`.padEnd(2000, '.'));
  });
}
const fileSize = () => fs.statSync(file).size;

describe('withCheckpointLater', () => {
  it('commits into the log only, and a later checkpoint moves the rows into the books file', () => {
    const before = fileSize();
    withCheckpointLater(books, fill);
    expect(fileSize()).toBe(before);
    expect(books.sqlite.prepare('SELECT COUNT(*) FROM filler').pluck().get()).toBe(4000);
    books.sqlite.pragma('wal_checkpoint(PASSIVE)');
    expect(fileSize()).toBeGreaterThan(before + 8_000_000);
  });

  it('leaves the automatic checkpoint as it was, so ordinary writes are copied as before', () => {
    withCheckpointLater(books, () => undefined);
    expect(books.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    const before = fileSize();
    fill();
    expect(fileSize()).toBeGreaterThan(before + 8_000_000);
  });
});

describe('withIndexesRebuilt', () => {
  it('drops the indexes for the work and creates them again as they were', () => {
    const indexes = () =>
      books.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'filler_x'").pluck();
    const definition = indexes().get();
    const during = withIndexesRebuilt(books, ['filler'], () => indexes().get());
    expect(during).toBeUndefined();
    expect(indexes().get()).toBe(definition);
  });
});

describe('a job', () => {
  it('answers before it checkpoints, and leaves its writes in the books file when it ends', async () => {
    const request: JobRequest = {
      kind: 'demo',
      booksPath: file,
      clock: { today: '2026-11-23', fixed: true },
      size: 'small',
    };
    const sizes: number[] = [];
    const before = fileSize();
    await runJob(request, {
      onProgress: () => undefined,
      shouldStop: () => false,
      onResult: () => sizes.push(fileSize()),
    });
    sizes.push(fileSize());
    expect(sizes).toHaveLength(2);
    expect(sizes[1]).toBeGreaterThan(sizes[0]!);
    expect(sizes[1]).toBeGreaterThan(before);
  });
});
