import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Books, openBooks } from './books';
import { recall, remember } from './memo';

let dir: string;
let books: Books;
let other: Books;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-memo-'));
  books = await openBooks(path.join(dir, 'shop.duly'));
  other = await openBooks(path.join(dir, 'shop.duly'));
});
afterEach(() => {
  books.close();
  other.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const write = (b: Books, ref: string) =>
  b
    .prepare("INSERT INTO customers (ref, name, name_key, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')")
    .run(ref, ref, ref);

describe('remembered figures', () => {
  it('are recalled while nothing changes', () => {
    remember(books, 'k', 42);
    expect(recall(books, 'k')).toBe(42);
    books.prepare('SELECT COUNT(*) FROM customers').get();
    expect(recall(books, 'k')).toBe(42);
    expect(recall(books, 'other key')).toBeUndefined();
  });

  it('are forgotten after a write on the same connection', () => {
    remember(books, 'k', 42);
    write(books, 'C1');
    expect(recall(books, 'k')).toBeUndefined();
  });

  it('are forgotten after another connection commits (the import worker)', () => {
    remember(books, 'k', 42);
    write(other, 'C2');
    expect(recall(books, 'k')).toBeUndefined();
  });
});
