import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { DocumentSummary } from '../../../shared/contract/delivery';
import type { DocumentKind, DocumentVia, Tone } from '../../../shared/contract/templates';
import type { IsoDate } from '../../../shared/dates';
import { DulyError } from '../../../shared/errors';
import { type Ctx, stamp } from '../../context';

// Every letter and statement Duly produces goes on the customer's history with the exact file it
// was, so the owner can say "we wrote to you on 3 March" and show the very letter. The bytes sit in
// their own table (reading a history never pages through PDFs) with their SHA-256, checked whenever
// the file is opened again, so a damaged copy says so instead of passing for the letter sent.

export interface RecordDocument {
  customerId: number;
  kind: DocumentKind;
  tone?: Tone | null;
  asOf: IsoDate;
  periodFrom?: IsoDate | null;
  /** Minor units: what the document asked for. */
  amountDue: number;
  currency: string;
  via: DocumentVia;
  batchId?: string | null;
  fileName: string;
  bytes: Uint8Array;
  /** The invoices it was about, with what was owed on each then (minor units). */
  invoices: { invoiceId: number; amountDue: number }[];
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Records one document, its file and its invoices in one transaction; returns it as listed. */
export function recordDocument(ctx: Ctx, input: RecordDocument): DocumentSummary {
  const { books } = ctx;
  checkKind(input);
  return books.transaction(() => {
    checkInvoices(ctx, input);
    const file = books.run(
      books.db.insertInto('document_files').values({
        sha256: sha256(input.bytes),
        size: input.bytes.byteLength,
        bytes: input.bytes,
      }),
    );
    const document = books.run(
      books.db.insertInto('documents').values({
        customer_id: input.customerId,
        kind: input.kind,
        tone: input.tone ?? null,
        as_of: input.asOf,
        period_from: input.periodFrom ?? null,
        amount_due: input.amountDue,
        currency: input.currency,
        via: input.via,
        batch_id: input.batchId ?? null,
        file_name: input.fileName,
        file_id: Number(file.lastInsertRowid),
        created_at: stamp(ctx),
      }),
    );
    const documentId = Number(document.lastInsertRowid);
    if (input.invoices.length > 0) {
      books.run(
        books.db.insertInto('document_invoices').values(
          input.invoices.map((i) => ({
            document_id: documentId,
            invoice_id: i.invoiceId,
            amount_due: i.amountDue,
          })),
        ),
      );
    }
    return summaries(ctx, { documentId })[0] as DocumentSummary;
  });
}

/** What the kinds mean: a letter is one step of the ladder, an activity statement covers a period. */
function checkKind(input: RecordDocument): void {
  const problem =
    input.kind === 'letter' && !input.tone
      ? 'A letter needs its tone.'
      : input.kind !== 'letter' && input.tone
        ? 'Only letters have a tone.'
        : input.kind === 'activity' && !input.periodFrom
          ? 'A statement of activity needs the first day of its period.'
          : input.periodFrom && input.periodFrom > input.asOf
            ? 'The period starts after it ends.'
            : undefined;
  if (problem) throw new DulyError('validation', problem, { field: 'kind' });
}

/** The invoices must be this customer's, each named once: a mix-up would put a letter on the wrong history. */
function checkInvoices({ books }: Ctx, input: RecordDocument): void {
  const ids = input.invoices.map((i) => i.invoiceId);
  if (new Set(ids).size !== ids.length) {
    throw new DulyError('validation', 'An invoice is named twice on one document.', { field: 'invoices' });
  }
  for (let at = 0; at < ids.length; at += 500) {
    const chunk = ids.slice(at, at + 500);
    const found = books.first(
      books.db
        .selectFrom('invoices')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('id', 'in', chunk)
        .where('customer_id', '=', input.customerId),
    );
    if (found?.n !== chunk.length) {
      throw new DulyError('validation', `Some of the invoices are not customer ${input.customerId}'s.`, {
        field: 'invoices',
      });
    }
  }
}

/** A customer's documents, newest first; the files' bytes are not read. */
export function customerDocuments(ctx: Ctx, customerId: number): DocumentSummary[] {
  const { books } = ctx;
  const customer = books.first(books.db.selectFrom('customers').select('id').where('id', '=', customerId));
  if (!customer) {
    throw new DulyError('not_found', `There is no customer with id ${customerId}.`, { field: 'customerId' });
  }
  return summaries(ctx, { customerId });
}

function summaries({ books }: Ctx, by: { customerId: number } | { documentId: number }): DocumentSummary[] {
  let query = books.db
    .selectFrom('documents as d')
    .innerJoin('document_files as f', 'f.id', 'd.file_id')
    .select([
      'd.id',
      'd.customer_id',
      'd.kind',
      'd.tone',
      'd.as_of',
      'd.period_from',
      'd.amount_due',
      'd.currency',
      'd.via',
      'd.batch_id',
      'd.file_name',
      'd.created_at',
      'f.size',
      sql<number>`(SELECT count(*) FROM document_invoices di WHERE di.document_id = d.id)`.as(
        'invoice_count',
      ),
    ])
    // The order of the documents_customer index: newest first, and the later one first in the same instant.
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc');
  query =
    'customerId' in by
      ? query.where('d.customer_id', '=', by.customerId)
      : query.where('d.id', '=', by.documentId);
  return books.all(query).map((r) => ({
    id: r.id,
    customerId: r.customer_id,
    kind: r.kind,
    tone: r.tone,
    asOf: r.as_of,
    periodFrom: r.period_from,
    amountDue: r.amount_due,
    currency: r.currency,
    via: r.via,
    batchId: r.batch_id,
    fileName: r.file_name,
    size: r.size,
    invoiceCount: r.invoice_count,
    createdAt: r.created_at,
  }));
}

/** A document's file, exactly as it was produced; refuses bytes that no longer match their SHA-256. */
export function documentFile(ctx: Ctx, documentId: number): { fileName: string; bytes: Uint8Array } {
  const { books } = ctx;
  const row = books.first(
    books.db
      .selectFrom('documents as d')
      .innerJoin('document_files as f', 'f.id', 'd.file_id')
      .select(['d.file_name', 'f.sha256', 'f.size', 'f.bytes'])
      .where('d.id', '=', documentId),
  );
  if (!row) {
    throw new DulyError('not_found', `There is no document with id ${documentId}.`, { field: 'documentId' });
  }
  if (row.bytes.byteLength !== row.size || sha256(row.bytes) !== row.sha256) {
    throw new DulyError(
      'books',
      `The stored copy of “${row.file_name}” is damaged: it is not the file that was produced. ` +
        'Restore a backup of your books from before the damage to get it back.',
    );
  }
  return { fileName: row.file_name, bytes: row.bytes };
}
