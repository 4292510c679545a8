import { z } from 'zod';
import { idField } from './fields';
import type { DocumentKind, DocumentVia, Tone } from './templates';

// Letters and statements once produced: each customer's history of what was sent, when and how,
// and the very file it was, to open again (the bytes kept in the books, checked on the way out).

export const documentsHistoryInput = z.object({ customerId: idField });
export type DocumentsHistoryInput = z.input<typeof documentsHistoryInput>;

export const documentsReopenInput = z.object({ documentId: idField });
export type DocumentsReopenInput = z.input<typeof documentsReopenInput>;

/** One document on a customer's history (the file's bytes are not read for the list). */
export interface DocumentSummary {
  id: number;
  customerId: number;
  kind: DocumentKind;
  /** Letters: the step of the reminder ladder; null for statements. */
  tone: Tone | null;
  asOf: string;
  /** Activity statements: the first day of the period (asOf is the last); null otherwise. */
  periodFrom: string | null;
  /** Minor units: what the document asked for. */
  amountDue: number;
  currency: string;
  via: DocumentVia;
  /** Documents made together in one batch share this; null otherwise. */
  batchId: string | null;
  fileName: string;
  /** The file's size in bytes. */
  size: number;
  /** How many invoices it was about. */
  invoiceCount: number;
  /** When it was produced (ISO timestamp). */
  createdAt: string;
}
