import fs from 'node:fs';
import path from 'node:path';
import { type AddressObject, simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../../shared/contract/batch';
import type { Ctx } from '../../context';
import { pdfPageCount } from '../../pdf/page-count';
import { hasPoppler, NO_POPPLER, pdfInfo, pdfPages } from '../../pdf/testing/poppler';
import { createTestCtx } from '../../testing/test-app';
import { documentFile } from '../delivery/document-history';
import { pictures } from '../documents/documents.fixture';
import { batchShop, listFiles, tempDir } from './batch.fixture';
import { runBatch } from './batch.service';
import type { BatchRequest } from './plan';

// A batch on real in-memory books, drawn on this thread (in one piece, or in several joined as the
// two threads' pieces are): the files, the emails read back as a mail program would, the history.

let ctx: Ctx;
let dir: string;
let shop: ReturnType<typeof batchShop>;

beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
  shop = batchShop(ctx);
  dir = tempDir();
});
afterEach(() => {
  ctx.books.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const read = (...parts: string[]) => new Uint8Array(fs.readFileSync(path.join(dir, ...parts)));
const first = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a[0] : a)?.value[0];

function rows() {
  const { books } = ctx;
  return books.all(books.db.selectFrom('documents').selectAll().orderBy('id'));
}

const statements = (over: Partial<BatchRequest> = {}): BatchRequest => ({
  kind: 'statement',
  customers: [shop.lukasz.id, shop.big.id, shop.zoe.id],
  email: true,
  outDir: path.join(dir, 'out'),
  ...over,
});

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('a batch of statements', () => {
  for (const pieces of [1, 2, 3]) {
    it(`writes the combined PDF and each customer's file and draft (${pieces} piece${pieces > 1 ? 's' : ''})`, async () => {
      const r = await runBatch(ctx, statements(), { workerFile: null, pieces });
      expect(listFiles(dir)).toEqual([
        'out',
        'out/BIG.pdf',
        'out/C001.eml',
        'out/C001.pdf',
        'out/Z-9.eml',
        'out/Z-9.pdf',
        'out/all.pdf',
      ]);
      expect(r.withoutEmail).toEqual([{ customerId: shop.big.id, ref: 'BIG', name: 'Big Buyer Ltd' }]);
      expect(r.files.map((f) => [f.ref, f.pdf, f.eml, f.pages, f.amountDue])).toEqual([
        ['C001', 'C001.pdf', 'C001.eml', 1, 173_265],
        ['BIG', 'BIG.pdf', null, 3, 77_850],
        ['Z/9', 'Z-9.pdf', 'Z-9.eml', 1, 4_200],
      ]);
      // The combined file is every part, in order, each numbering its own pages.
      const all = read('out', 'all.pdf');
      expect(pdfPageCount(all)).toBe(5);
      expect(r.combined).toEqual({ fileName: 'all.pdf', pages: 5, size: all.byteLength });
      const pages = pdfPages(all);
      expect(pages.map((p) => /Page (\d) of (\d)/.exec(p)?.slice(1).join('/'))).toEqual([
        '1/1',
        '1/3',
        '2/3',
        '3/3',
        '1/1',
      ]);
      expect(pages[0]).toContain('Łukasz Nowak Sp. z o.o.');
      expect(pages[4]).toContain('Zoë Brontë');
      // Each customer's file is their part and only theirs.
      const names = ['Łukasz Nowak Sp. z o.o.', 'Big Buyer Ltd', 'Zoë Brontë'];
      r.files.forEach((f, i) => {
        const text = pdfPages(read('out', f.pdf));
        expect(text).toHaveLength(f.pages);
        for (const page of text) expect(page).toContain(names[i]);
        for (const other of names.filter((_, n) => n !== i)) expect(text.join('')).not.toContain(other);
      });
      expect(pdfInfo(read('out', 'BIG.pdf')).Title).toBe('Statement as of 23/11/2026, Big Buyer Ltd');
      if (pieces === 2) pictures(all, 'batch-statements-a4');
    });
  }

  it('writes drafts that read back with the addresses, the cover note and the PDF intact', async () => {
    const r = await runBatch(ctx, statements(), { workerFile: null });
    const mail = await simpleParser(Buffer.from(read('out', 'C001.eml')));
    expect(first(mail.to)).toEqual({ name: 'Łukasz Nowak', address: 'lukasz@example.org' });
    expect(first(mail.from)).toEqual({
      name: 'Harbour Lane Hardware',
      address: 'accounts@harbourlane.example',
    });
    expect(mail.subject).toBe('Your statement of account, 23/11/2026');
    expect(mail.text).toContain('Please find attached your statement of account as of 23/11/2026');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.attachments).toHaveLength(1);
    const [pdf] = mail.attachments;
    expect(pdf?.filename).toBe('Statement C001 2026-11-23.pdf');
    expect(Buffer.compare(pdf!.content, Buffer.from(read('out', 'C001.pdf')))).toBe(0);
    expect(r.files[0]?.eml).toBe('C001.eml');
  });

  it('puts every document on its customer’s history, with the batch, the invoices and the very file', async () => {
    const r = await runBatch(ctx, statements({ email: false }), { workerFile: null, pieces: 2 });
    expect(listFiles(path.join(dir, 'out')).filter((f) => f.endsWith('.eml'))).toEqual([]);
    expect(r.withoutEmail).toEqual([]);
    const saved = rows();
    expect(
      saved.map((d) => [d.customer_id, d.kind, d.tone, d.via, d.batch_id, d.as_of, d.amount_due]),
    ).toEqual([
      [shop.lukasz.id, 'statement', null, 'batch', r.batchId, '2026-11-23', 173_265],
      [shop.big.id, 'statement', null, 'batch', r.batchId, '2026-11-23', 77_850],
      [shop.zoe.id, 'statement', null, 'batch', r.batchId, '2026-11-23', 4_200],
    ]);
    expect(r.files.map((f) => f.documentId)).toEqual(saved.map((d) => d.id));
    const { books } = ctx;
    const covered = (id: number) =>
      books.all(books.db.selectFrom('document_invoices').selectAll().where('document_id', '=', id)).length;
    expect(saved.map((d) => covered(d.id))).toEqual([4, 75, 1]);
    r.files.forEach((f) => {
      const kept = documentFile(ctx, f.documentId);
      expect(kept.fileName).toBe(`Statement ${f.ref.replace('/', '-')} 2026-11-23.pdf`);
      expect(Buffer.compare(Buffer.from(kept.bytes), Buffer.from(read('out', f.pdf)))).toBe(0);
    });
  });

  it('picks everyone with a balance, in credit too, by reference', async () => {
    const r = await runBatch(ctx, statements({ customers: 'open', paper: 'letter' }), { workerFile: null });
    expect(r.files.map((f) => f.ref)).toEqual(['BIG', 'C001', 'CR', 'Z/9']);
    expect(r.files.find((f) => f.ref === 'CR')?.amountDue).toBe(-2_000);
    expect(r.paper).toBe('letter');
    expect(pdfInfo(read('out', 'all.pdf'))['Page size']).toMatch(/^612 x 792 pts/);
    pictures(read('out', 'all.pdf'), 'batch-statements-letter');
  });
});

describe.skipIf(!hasPoppler)('a batch of letters', () => {
  it('writes to everyone overdue, in the tone chosen', async () => {
    const r = await runBatch(
      ctx,
      { kind: 'letter', tone: 'firm', customers: 'overdue', email: true, outDir: path.join(dir, 'firm') },
      { workerFile: null, pieces: 2 },
    );
    expect(r.files.map((f) => [f.ref, f.eml])).toEqual([
      ['BIG', null],
      ['C001', 'C001.eml'],
      ['Z/9', 'Z-9.eml'],
    ]);
    // Łukasz's letter is about his three overdue invoices, not the one not yet due.
    expect(r.files[1]?.amountDue).toBe(45_050 + 20_000 + 99_999);
    const text = pdfPages(read('firm', 'Z-9.pdf')).join('');
    expect(text).toContain('Overdue payment');
    expect(text).toContain('Z-1');
    const mail = await simpleParser(Buffer.from(read('firm', 'Z-9.eml')));
    expect(mail.subject).toMatch(/^Overdue payment: £42\.00, now 53 days late$/);
    expect(rows().map((d) => [d.kind, d.tone, d.via])).toEqual([
      ['letter', 'firm', 'batch'],
      ['letter', 'firm', 'batch'],
      ['letter', 'firm', 'batch'],
    ]);
    pictures(read('firm', 'all.pdf'), 'batch-letters-firm');
  });

  it('lists the customers a letter would have nothing to say to', async () => {
    const r = await runBatch(
      ctx,
      {
        kind: 'letter',
        tone: 'courtesy',
        customers: [shop.lukasz.id, shop.zoe.id],
        email: false,
        outDir: path.join(dir, 'soon'),
      },
      { workerFile: null },
    );
    expect(r.files.map((f) => f.ref)).toEqual(['C001']);
    expect(r.nothingToSend).toEqual([
      {
        customerId: shop.zoe.id,
        ref: 'Z/9',
        name: 'Zoë Brontë',
        reason: 'Nothing falls due after 23/11/2026.',
      },
    ]);
  });

  it('refuses a batch with nobody in it, leaving nothing behind', async () => {
    const request: BatchRequest = {
      kind: 'letter',
      tone: 'friendly',
      customers: [shop.quiet.id],
      email: false,
      outDir: path.join(dir, 'nothing', 'here'),
    };
    await expect(runBatch(ctx, request, { workerFile: null })).rejects.toThrow(
      /^There is nothing to send to Quiet Quarry: nothing is overdue on \S+\.$/,
    );
    expect(listFiles(dir)).toEqual([]);
    await expect(
      runBatch(ctx, { ...request, customers: [shop.quiet.id, 999] }, { workerFile: null }),
    ).rejects.toThrow(/not in the books \(id 999\)/);
  });
});

describe('a batch that does not finish', () => {
  it.each([
    ['drawing', 1],
    ['writing', 0],
    ['saving', 0],
  ])('leaves no files and no history when cancelled while %s', async (phase, after) => {
    let seen = false;
    const shouldStop = () => seen;
    const onProgress = (p: { phase: string; done: number }) => {
      if (p.phase === phase && p.done >= after) seen = true;
    };
    await expect(
      runBatch(ctx, statements({ customers: 'open' }), {
        workerFile: null,
        pieces: 2,
        shouldStop,
        onProgress,
      }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(listFiles(dir)).toEqual([]);
    expect(rows()).toEqual([]);
  });

  it('puts new files beside the ones already in a folder, replacing those of the same name', async () => {
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'notes.txt'), 'mine');
    fs.writeFileSync(path.join(out, 'all.pdf'), 'old');
    const r: BatchResult = await runBatch(ctx, statements({ email: false }), { workerFile: null });
    expect(listFiles(out)).toEqual(['BIG.pdf', 'C001.pdf', 'Z-9.pdf', 'all.pdf', 'notes.txt']);
    expect(fs.readFileSync(path.join(out, 'all.pdf')).byteLength).toBe(r.combined.size);
    expect(listFiles(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
