import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBooks } from '../main/db/books';
import { batchShop, listFiles, tempDir } from '../main/features/batch/batch.fixture';
import { pdfPageCount } from '../main/pdf/page-count';
import { hasPoppler, NO_POPPLER, pdfPages } from '../main/pdf/testing/poppler';
import { fixedClock } from '../shared/dates';
import { runCaptured } from './cli.fixture';

// `duly statements` and `duly letters`, run in-process on a books file made for the test.

let dir: string;
let out: string;
let err: string;
const run = async (...argv: string[]) => {
  let code: number;
  ({ code, out, err } = await runCaptured(dir, argv));
  return code;
};

const db = ['--db', 'shop.duly', '--today', '2026-11-23'];

beforeEach(async () => {
  dir = tempDir();
  const books = await openBooks(path.join(dir, 'shop.duly'));
  batchShop({ books, clock: fixedClock('2026-11-23') });
  books.close();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function historyCount(): Promise<number> {
  const books = await openBooks(path.join(dir, 'shop.duly'), { create: false });
  try {
    return books.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  } finally {
    books.close();
  }
}

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('duly statements', () => {
  it('writes the combined PDF, a PDF and a draft per customer, and lists who has no email', async () => {
    expect(await run('statements', ...db, '--out', 'out', '--customers', 'C001,BIG,Z/9', '--email')).toBe(0);
    expect(err).toBe('');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'Wrote 3 statements as of 2026-11-23 to out/: all.pdf (5 pages, to print) and one PDF per customer (C001.pdf … Z-9.pdf).',
    );
    expect(lines.slice(1, 3)).toEqual([
      'Wrote 2 email drafts (.eml, the PDF attached; nothing was sent).',
      'No email address, so no draft: BIG  Big Buyer Ltd',
    ]);
    expect(lines[3]).toMatch(/^Recorded on each customer's history \(batch [0-9a-f-]{36}\)\.$/);
    expect(listFiles(path.join(dir, 'out'))).toEqual([
      'BIG.pdf',
      'C001.eml',
      'C001.pdf',
      'Z-9.eml',
      'Z-9.pdf',
      'all.pdf',
    ]);
    const all = fs.readFileSync(path.join(dir, 'out', 'all.pdf'));
    const parts = ['C001.pdf', 'BIG.pdf', 'Z-9.pdf'].map((f) => fs.readFileSync(path.join(dir, 'out', f)));
    expect(pdfPageCount(all)).toBe(parts.reduce((n, p) => n + pdfPageCount(p), 0));
    expect(pdfPages(parts[2]!).join('')).toContain('Zoë Brontë');
    const mail = await simpleParser(fs.readFileSync(path.join(dir, 'out', 'Z-9.eml')));
    expect(mail.attachments[0]?.content.equals(parts[2]!)).toBe(true);
    expect(await historyCount()).toBe(3);
  });

  it('prints everyone with a balance by default, on the paper asked for', async () => {
    expect(await run('statements', ...db, '--out', 'all-open', '--paper', 'letter')).toBe(0);
    expect(out).toMatch(/^Wrote 4 statements as of 2026-11-23 to all-open\/: all\.pdf \(6 pages, to print\)/);
    expect(out).not.toContain('email');
    expect(listFiles(path.join(dir, 'all-open'))).toEqual([
      'BIG.pdf',
      'C001.pdf',
      'CR.pdf',
      'Z-9.pdf',
      'all.pdf',
    ]);
  });
});

describe.skipIf(!hasPoppler)('duly letters', () => {
  it('writes to everyone overdue in the tone chosen', async () => {
    expect(await run('letters', ...db, '--out', 'final', '--tone', 'final', '--email')).toBe(0);
    expect(out.split('\n')[0]).toBe(
      'Wrote 3 letters as of 2026-11-23 to final/: all.pdf (5 pages, to print) and one PDF per customer (BIG.pdf … Z-9.pdf).',
    );
    expect(out).toContain('No email address, so no draft: BIG  Big Buyer Ltd');
    expect(pdfPages(fs.readFileSync(path.join(dir, 'final', 'C001.pdf'))).join('')).toContain('Final notice');
  });

  it('lists the customers a letter has nothing to say to', async () => {
    expect(
      await run(
        'letters',
        ...db,
        '--out',
        'soon',
        '--tone',
        'courtesy',
        '--customers',
        'C001,Z/9',
        '--as-of',
        '2026-11-23',
      ),
    ).toBe(0);
    expect(out).toContain('Nothing to send: Z/9  Zoë Brontë (Nothing falls due after 23/11/2026.)');
    expect(listFiles(path.join(dir, 'soon'))).toEqual(['C001.pdf', 'all.pdf']);
  });

  it('sends courtesy notes, by default, to everyone with something not yet due', async () => {
    expect(
      await run('letters', ...db, '--out', 'heads-up', '--tone', 'courtesy', '--as-of', '2026-11-23'),
    ).toBe(0);
    expect(out).not.toContain('Nothing to send');
    expect(listFiles(path.join(dir, 'heads-up'))).toEqual(['C001.pdf', 'all.pdf']);
  });
});

describe('refusals', () => {
  it('says what is wrong with the command, and writes nothing', async () => {
    expect(await run('statements', ...db)).toBe(2);
    expect(err).toBe('duly statements: Say which folder to write to with --out DIR.\n');
    expect(await run('statements', ...db, '--out', 'x', '--tone', 'firm')).toBe(2);
    expect(err).toContain('--tone is for letters');
    expect(await run('letters', ...db, '--out', 'x', '--tone', 'angry')).toBe(2);
    expect(err).toContain('--tone must be one of courtesy, friendly, firm, final, not "angry"');
    expect(await run('letters', ...db, '--out', 'x', '--overdue', '--customers', 'C001')).toBe(2);
    expect(err).toContain('either --customers or --overdue');
    expect(await run('letters', ...db, '--out', 'x', '--tone', 'courtesy', '--overdue')).toBe(2);
    expect(err).toContain('Courtesy notes are about invoices not yet due');
    expect(await run('statements', ...db, '--out', 'x', '--paper', 'a5')).toBe(2);
    expect(await run('statements', ...db, '--out', 'x', '--as-of', '2026-02-30')).toBe(2);
    expect(await run('statements', ...db, '--out', 'x', '--customers', 'C001,NOPE,ALSO')).toBe(1);
    expect(err).toBe(
      'duly statements: There is no customer with the reference "NOPE", "ALSO" in these books.\n',
    );
    expect(await run('letters', ...db, '--out', 'x', '--customers', 'Q')).toBe(1);
    expect(err).toMatch(/nothing to send/);
    expect(listFiles(dir)).toEqual(['shop.duly']);
    expect(await historyCount()).toBe(0);
    expect(await run('letters', '--help')).toBe(0);
    expect(out).toContain('duly letters --db FILE --out DIR');
    expect(await run('--help')).toBe(0);
    expect(out).toContain('duly statements --db FILE --out DIR');
  });
});
