import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBooks } from '../main/db/books';
import { listFiles, tempDir } from '../main/features/batch/batch.fixture';
import { aCustomer, anInvoice, business } from '../main/features/documents/documents.fixture';
import { pdfPageCount } from '../main/pdf/page-count';
import { hasPoppler, NO_POPPLER } from '../main/pdf/testing/poppler';
import { buildForTest, removeBuild } from '../main/testing/node-build';
import { fixedClock } from '../shared/dates';

// `duly statements` as users run it: the built command line in its own process, drawing on two
// threads with the job worker built beside it, and stopping cleanly on Ctrl+C.

let outDir: string;
let cli: string;
let work: string;

beforeAll(async () => {
  outDir = await buildForTest('cli-documents', ['cli', 'job-worker']);
  cli = path.join(outDir, 'cli.js');
  work = tempDir();
  // Enough customers for two threads, and for a run that lasts long enough to be interrupted.
  const books = await openBooks(path.join(work, 'shop.duly'));
  const ctx = { books, clock: fixedClock('2026-11-23') };
  business(ctx);
  books.transaction(() => {
    for (let i = 1; i <= 1500; i++) {
      const c = aCustomer(ctx, {
        ref: `S${String(i).padStart(4, '0')}`,
        name: `Shop ${i}`,
        ...(i % 3 === 0 ? {} : { email: `shop${i}@example.com` }),
      });
      anInvoice(ctx, c, `I-${i}`, '2026-09-01', '2026-10-01', 500 + i);
    }
  });
  books.close();
}, 120_000);

afterAll(() => {
  removeBuild(outDir);
  fs.rmSync(work, { recursive: true, force: true });
});

async function documentCount(): Promise<number> {
  const books = await openBooks(path.join(work, 'shop.duly'), { create: false });
  try {
    return books.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  } finally {
    books.close();
  }
}

const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8' });

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('the built command line', () => {
  it('writes a batch of statements with drafts, and lists who has no email', () => {
    const r = run(
      'statements',
      '--db',
      'shop.duly',
      '--today',
      '2026-11-23',
      '--out',
      'out',
      '--customers',
      Array.from({ length: 60 }, (_, i) => `S${String(i + 1).padStart(4, '0')}`).join(','),
      '--email',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'Wrote 60 statements as of 2026-11-23 to out/: all.pdf (60 pages, to print) and one PDF per customer (S0001.pdf … S0060.pdf).',
    );
    expect(lines[1]).toBe('Wrote 40 email drafts (.eml, the PDF attached; nothing was sent).');
    expect(lines.filter((l) => l.startsWith('No email address'))).toHaveLength(20);
    const files = listFiles(path.join(work, 'out'));
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(61);
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(40);
    const all = fs.readFileSync(path.join(work, 'out', 'all.pdf'));
    expect(pdfPageCount(all)).toBe(60);
    // Drawn in two pieces (the job's thread and the worker beside the built command line), joined.
    expect(all.toString('latin1')).toContain('4 0 obj\n<<\n/Type /Outlines');
  }, 60_000);

  it('stops on Ctrl+C, keeping no files and recording nothing', async () => {
    const before = await documentCount();
    const child = spawn(
      process.execPath,
      [cli, 'statements', '--db', 'shop.duly', '--today', '2026-11-23', '--out', 'stopped', '--email'],
      { cwd: work },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 800));
    child.kill('SIGINT');
    expect(await exited).toBe(1);
    expect(stderr).toBe(
      'duly statements: The batch was cancelled; nothing was saved and no files were kept.\n',
    );
    expect(fs.readdirSync(work).filter((f) => f.includes('stopped'))).toEqual([]);
    expect(await documentCount()).toBe(before);
  }, 60_000);
});
