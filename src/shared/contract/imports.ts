import { z } from 'zod';
import type { Problem } from '../errors';

// The import wizard's side of the contract: what Duly recognised in each file, a preview of its
// rows, the column mapping it used (which the owner can change), and every problem, before anything
// is saved.

export const IMPORT_KINDS = ['customers', 'invoices', 'payments', 'credit_notes'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportField {
  key: string;
  label: string;
  required: boolean;
}

/** The fields the owner can map a column to, per kind of file. */
export const IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  customers: [
    { key: 'ref', label: 'Customer reference', required: false },
    { key: 'name', label: 'Name', required: true },
    { key: 'email', label: 'Email', required: false },
    { key: 'terms', label: 'Payment terms (days)', required: false },
    { key: 'creditLimit', label: 'Credit limit', required: false },
    { key: 'contactName', label: 'Contact person', required: false },
    { key: 'phone', label: 'Phone', required: false },
    { key: 'addressLine1', label: 'Address line 1', required: false },
    { key: 'addressLine2', label: 'Address line 2', required: false },
    { key: 'postcode', label: 'Postcode', required: false },
    { key: 'city', label: 'Town or city', required: false },
    { key: 'country', label: 'Country', required: false },
  ],
  invoices: [
    { key: 'number', label: 'Invoice number', required: true },
    { key: 'customerRef', label: 'Customer reference', required: false },
    { key: 'customerName', label: 'Customer name', required: false },
    { key: 'issueDate', label: 'Invoice date', required: true },
    { key: 'dueDate', label: 'Due date', required: false },
    { key: 'total', label: 'Total', required: true },
    { key: 'paid', label: 'Amount paid', required: false },
    { key: 'balance', label: 'Balance still owed', required: false },
  ],
  payments: [
    { key: 'ref', label: 'Payment reference', required: false },
    { key: 'customerRef', label: 'Customer reference', required: false },
    { key: 'customerName', label: 'Customer name', required: false },
    { key: 'date', label: 'Date paid', required: true },
    { key: 'amount', label: 'Amount', required: true },
    { key: 'invoiceNumber', label: 'Invoice it pays', required: false },
    { key: 'method', label: 'Method', required: false },
    { key: 'note', label: 'Note', required: false },
  ],
  credit_notes: [
    { key: 'number', label: 'Credit note number', required: false },
    { key: 'customerRef', label: 'Customer reference', required: false },
    { key: 'customerName', label: 'Customer name', required: false },
    { key: 'date', label: 'Date', required: true },
    { key: 'amount', label: 'Amount', required: true },
    { key: 'invoiceNumber', label: 'Invoice it credits', required: false },
    { key: 'reason', label: 'Reason', required: false },
  ],
};

export interface ImportCounts {
  customers: number;
  invoices: number;
  payments: number;
  creditNotes: number;
}

export interface FileReport {
  name: string;
  encoding: string;
  delimiter: string;
  /** The tool that wrote it and the layout, e.g. "QuickBooks" / "QuickBooks Online invoice list". */
  tool: string | null;
  layout: string | null;
  /** What the file holds: customers, invoices, payments, credit notes, transactions (several), summary. */
  kind: string | null;
  headerRow: number | null;
  dataRows: number;
  dateFormat: string | null;
  dateReason: string;
  decimal: '.' | ',';
  currency: string | null;
  exportDate: string | null;
  found: ImportCounts;
  skipped: { reason: string; count: number }[];
  notes: string[];
  /** The header row's cells and the first data rows, as written, for the preview. */
  header: string[];
  /** The file's first rows as written, titles and all, recognised or not: for mapping its columns. */
  rawRows: string[][];
  preview: string[][];
  /** The column used for each field (field key → header name), as recognised or as mapped. */
  columns: Record<string, string>;
  /** True when the owner's own mapping was used. */
  mapped: boolean;
}

export interface ImportAnalysis {
  files: FileReport[];
  /** Files whose day/month order Duly needs to be told, with example dates. */
  ambiguousDates: { file: string; examples: string[] }[];
  toAdd: ImportCounts;
  alreadyThere: ImportCounts;
  problems: Problem[];
  /** Not errors: differences with the books resolved by keeping the books' version. */
  warnings: Problem[];
  notes: string[];
  /** The books adopt the files' currency (books without invoices yet). */
  currencyChange: string | null;
}

export interface ImportSummary extends ImportAnalysis {
  importId: number;
}

export const columnMapping = z.object({
  kind: z.enum(IMPORT_KINDS),
  /** The row holding the column names (1 = the first line); omitted: the first line. */
  headerRow: z.number().int().min(1).max(1000).optional(),
  /** Field key → the column's name as in the header row. */
  columns: z.record(z.string().max(40), z.string().max(200)),
});
export type ColumnMapping = z.infer<typeof columnMapping>;

export const importFileInput = z.object({
  name: z.string().trim().min(1).max(255),
  /** The file's bytes, base64. */
  data: z.string().min(1, 'The file is empty.'),
  /** What the owner says the file holds; omitted: recognised from its content. */
  kind: z.enum(IMPORT_KINDS).optional(),
  /** The owner's own column mapping, replacing what Duly recognised. */
  mapping: columnMapping.optional(),
});
export type ImportFileInput = z.input<typeof importFileInput>;

export const importInput = z.object({
  files: z.array(importFileInput).min(1, 'Choose at least one file.').max(20),
  dateOrder: z.enum(['DMY', 'MDY']).optional(),
});
export type ImportInput = z.input<typeof importInput>;
