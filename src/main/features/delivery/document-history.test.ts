import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/contract/delivery';
import type { ExportedFile } from '../../../shared/contract/reports';
import { type Clock, fixedClock } from '../../../shared/dates';
import { DulyError } from '../../../shared/errors';
import { createApp } from '../../app';
import type { Ctx } from '../../context';
import { aCustomer, anInvoice } from '../../testing/builders';
import { createTestCtx } from '../../testing/test-app';
import {
  customerDocuments,
  documentFile,
  type RecordDocument,
  recordDocument,
  sha256,
} from './document-history';

// The customer's history of letters and statements, on real in-memory books.

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);

/** A clock whose "now" moves on a minute at every call, so documents get distinct times. */
function tickingClock(): Clock {
  let minute = 0;
  const base = fixedClock('2026-11-23');
  return { ...base, now: () => new Date(Date.UTC(2026, 10, 23, 9, minute++)) };
}

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx();
  ctx = { ...ctx, clock: tickingClock() };
});
afterEach(() => ctx.books.close());

function letter(customerId: number, over: Partial<RecordDocument> = {}): RecordDocument {
  return {
    customerId,
    kind: 'letter',
    tone: 'friendly',
    asOf: '2026-11-23',
    amountDue: 12_345,
    currency: 'GBP',
    via: 'pdf',
    fileName: 'Reminder.pdf',
    bytes: pdf('letter'),
    invoices: [],
    ...over,
  };
}

describe('recording a document', () => {
  it('keeps the file with its SHA-256, the record and the invoices it covered', () => {
    const c = aCustomer(ctx, { name: 'Łukasz' });
    const i1 = anInvoice(ctx, c, 'I1', '2026-09-01', '2026-10-01', 10_000);
    const i2 = anInvoice(ctx, c, 'I2', '2026-09-15', '2026-10-15', 2_345);
    const bytes = pdf('Dear Łukasz');
    const doc = recordDocument(
      ctx,
      letter(c.id, {
        bytes,
        fileName: 'Reminder — Łukasz.pdf',
        batchId: 'b-1',
        via: 'batch',
        invoices: [
          { invoiceId: i1.id, amountDue: 10_000 },
          { invoiceId: i2.id, amountDue: 2_345 },
        ],
      }),
    );
    expect(doc).toEqual({
      id: doc.id,
      customerId: c.id,
      kind: 'letter',
      tone: 'friendly',
      asOf: '2026-11-23',
      periodFrom: null,
      amountDue: 12_345,
      currency: 'GBP',
      via: 'batch',
      batchId: 'b-1',
      fileName: 'Reminder — Łukasz.pdf',
      size: bytes.byteLength,
      invoiceCount: 2,
      createdAt: expect.stringMatching(/^2026-11-23T09:\d\d:00\.000Z$/),
    });
    const { books } = ctx;
    const file = books.first(books.db.selectFrom('document_files').selectAll());
    expect(file?.sha256).toBe(sha256(bytes));
    expect(file?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const covered = books.all(
      books.db
        .selectFrom('document_invoices')
        .selectAll()
        .where('document_id', '=', doc.id)
        .orderBy('invoice_id'),
    );
    expect(covered).toEqual([
      { document_id: doc.id, invoice_id: i1.id, amount_due: 10_000 },
      { document_id: doc.id, invoice_id: i2.id, amount_due: 2_345 },
    ]);
  });

  it('records a statement of activity with its period and no tone', () => {
    const c = aCustomer(ctx);
    const doc = recordDocument(
      ctx,
      letter(c.id, { kind: 'activity', tone: null, periodFrom: '2026-10-01', asOf: '2026-10-31' }),
    );
    expect(doc).toMatchObject({ kind: 'activity', tone: null, periodFrom: '2026-10-01', asOf: '2026-10-31' });
  });

  it('writes nothing at all when one part fails', () => {
    const c = aCustomer(ctx);
    const other = aCustomer(ctx);
    const theirs = anInvoice(ctx, other, 'X1', '2026-09-01', '2026-10-01', 500);
    expect(() =>
      recordDocument(ctx, letter(c.id, { invoices: [{ invoiceId: theirs.id, amountDue: 500 }] })),
    ).toThrow(/not customer/);
    // A failure after the file and the record were written (an invoice that does not exist).
    expect(() =>
      recordDocument(ctx, letter(c.id, { invoices: [{ invoiceId: 99_999, amountDue: 1 }] })),
    ).toThrow();
    const { books } = ctx;
    for (const table of ['document_files', 'documents', 'document_invoices'] as const) {
      expect(books.all(books.db.selectFrom(table).selectAll())).toEqual([]);
    }
  });

  it('refuses a letter without a tone, a statement with one, an activity statement without a period', () => {
    const c = aCustomer(ctx);
    expect(() => recordDocument(ctx, letter(c.id, { tone: null }))).toThrow(/needs its tone/);
    expect(() => recordDocument(ctx, letter(c.id, { kind: 'statement' }))).toThrow(/Only letters/);
    expect(() => recordDocument(ctx, letter(c.id, { kind: 'activity', tone: null }))).toThrow(/first day/);
    const backwards = { kind: 'activity', tone: null, periodFrom: '2026-12-01' } as const;
    expect(() => recordDocument(ctx, letter(c.id, backwards))).toThrow(/starts after it ends/);
  });

  it('refuses an invoice named twice', () => {
    const c = aCustomer(ctx);
    const i = anInvoice(ctx, c, 'I1', '2026-09-01', '2026-10-01', 500);
    const twice = [
      { invoiceId: i.id, amountDue: 500 },
      { invoiceId: i.id, amountDue: 500 },
    ];
    expect(() => recordDocument(ctx, letter(c.id, { invoices: twice }))).toThrow(/named twice/);
  });
});

describe("a customer's history", () => {
  it('lists their documents newest first, and only theirs', () => {
    const c = aCustomer(ctx);
    const other = aCustomer(ctx);
    const first = recordDocument(ctx, letter(c.id, { tone: 'courtesy', fileName: 'one.pdf' }));
    recordDocument(ctx, letter(other.id, { fileName: 'theirs.pdf' }));
    const second = recordDocument(ctx, letter(c.id, { tone: 'firm', fileName: 'two.pdf' }));
    const list = customerDocuments(ctx, c.id);
    expect(list.map((d) => [d.id, d.fileName, d.tone])).toEqual([
      [second.id, 'two.pdf', 'firm'],
      [first.id, 'one.pdf', 'courtesy'],
    ]);
  });

  it('puts the later of two documents made in the same instant first', () => {
    ctx = { ...ctx, clock: fixedClock('2026-11-23') };
    const c = aCustomer(ctx);
    const a = recordDocument(ctx, letter(c.id));
    const b = recordDocument(ctx, letter(c.id));
    expect(customerDocuments(ctx, c.id).map((d) => d.id)).toEqual([b.id, a.id]);
  });

  it('is empty for a customer with none, and an error for one who does not exist', () => {
    expect(customerDocuments(ctx, aCustomer(ctx).id)).toEqual([]);
    expect(() => customerDocuments(ctx, 4242)).toThrow(/no customer/);
  });
});

describe('opening a document again', () => {
  it('gives back the very bytes', () => {
    const c = aCustomer(ctx);
    const bytes = pdf('the letter as sent');
    const doc = recordDocument(ctx, letter(c.id, { bytes, fileName: 'Sent.pdf' }));
    const file = documentFile(ctx, doc.id);
    expect(file.fileName).toBe('Sent.pdf');
    expect(Buffer.compare(Buffer.from(file.bytes), Buffer.from(bytes))).toBe(0);
  });

  it('says so clearly when the stored copy no longer matches its SHA-256', () => {
    const c = aCustomer(ctx);
    const doc = recordDocument(ctx, letter(c.id, { fileName: 'Reminder.pdf' }));
    ctx.books.sqlite.prepare("UPDATE document_files SET bytes = CAST('%PDF-1.7 tampered' AS BLOB)").run();
    let error: unknown;
    try {
      documentFile(ctx, doc.id);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DulyError);
    expect((error as DulyError).message).toMatch(/stored copy of “Reminder.pdf” is damaged/);
  });

  it('is not found for a document that does not exist', () => {
    expect(() => documentFile(ctx, 77)).toThrow(/no document with id 77/);
  });
});

describe('the channels', () => {
  let dir: string;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-documents-'));
    app = createApp({ userDataDir: dir, clock: fixedClock('2026-11-23'), transport: 'http' });
    await app.session.create('Corner Shop');
  });
  afterEach(() => {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('documents.history lists and documents.reopen gives the file back as base64', async () => {
    const c = aCustomer(app.ctx(), { name: 'Zoë' });
    const bytes = pdf('statement for Zoë');
    const doc = recordDocument(
      app.ctx(),
      letter(c.id, { kind: 'statement', tone: null, fileName: 'Statement.pdf', bytes }),
    );
    const history = await app.dispatch('documents.history', { customerId: c.id });
    expect(history.ok && (history.data as DocumentSummary[]).map((d) => d.id)).toEqual([doc.id]);
    const reopened = await app.dispatch('documents.reopen', { documentId: doc.id });
    if (!reopened.ok) throw new Error(reopened.error.message);
    const file = reopened.data as ExportedFile;
    expect(file).toMatchObject({
      fileName: 'Statement.pdf',
      mimeType: 'application/pdf',
      size: bytes.byteLength,
    });
    expect(Buffer.from(file.base64, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });

  it('validate their input and report what is missing', async () => {
    expect(await app.dispatch('documents.history', { customerId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'customerId' },
    });
    expect(await app.dispatch('documents.reopen', { documentId: 5 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'documentId' },
    });
  });
});
