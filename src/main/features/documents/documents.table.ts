import type { Generated } from 'kysely';
import type { DocumentKind, DocumentVia, Tone } from '../../../shared/contract/templates';

/** The exact bytes of a document produced, kept so it can be reopened later byte for byte. */
export interface DocumentFilesTable {
  id: Generated<number>;
  sha256: string;
  size: number;
  bytes: Uint8Array;
}

/** A letter or statement produced for a customer: what, when, how it went out. */
export interface DocumentsTable {
  id: Generated<number>;
  customer_id: number;
  kind: DocumentKind;
  tone: Tone | null;
  as_of: string;
  /** Activity statements: the first day of the period (as_of is the last). */
  period_from: string | null;
  /** Minor units: what the document asked for (the balance, or the overdue amount of a letter). */
  amount_due: number;
  currency: string;
  via: DocumentVia;
  batch_id: string | null;
  file_name: string;
  file_id: number;
  created_at: string;
}

/** Which invoices a document covered, and what was owed on each then (minor units). */
export interface DocumentInvoicesTable {
  document_id: number;
  invoice_id: number;
  amount_due: number;
}
