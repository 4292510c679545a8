import { type FileReport, IMPORT_FIELDS, type ImportCounts } from '../../../shared/contract/imports';

// How the import's facts read to a shop owner: counts in words, what a file holds, how its dates
// and amounts were read. Plain functions, so every step says things the same way.

const numbers = new Intl.NumberFormat();

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${numbers.format(n)} ${n === 1 ? one : many}`;
}

export function totalOf(c: ImportCounts): number {
  return c.customers + c.invoices + c.payments + c.creditNotes;
}

/** "5 customers, 8 invoices and 4 payments"; "nothing" when all are zero. */
export function countsPhrase(c: ImportCounts): string {
  const parts = [
    c.customers ? plural(c.customers, 'customer') : '',
    c.invoices ? plural(c.invoices, 'invoice') : '',
    c.payments ? plural(c.payments, 'payment') : '',
    c.creditNotes ? plural(c.creditNotes, 'credit note') : '',
  ].filter(Boolean);
  if (parts.length === 0) return 'nothing';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The import job's phases, as the owner reads them. */
export const IMPORT_PHASES: Readonly<Record<string, string>> = {
  starting: 'Starting',
  reading: 'Reading',
  checking: 'Checking',
  allocating: 'Working out payments',
  saving: 'Saving',
};

const KIND_WORDS: Readonly<Record<string, string>> = {
  customers: 'Customers',
  invoices: 'Invoices',
  payments: 'Payments',
  credit_notes: 'Credit notes',
  transactions: 'Invoices, payments and credit notes, mixed',
  summary: 'Balances per customer',
};

export const kindWords = (kind: string | null): string =>
  kind ? (KIND_WORDS[kind] ?? kind) : 'Not recognised';

/** Profile columns beyond the mappable fields, named for the preview's tags. */
const OTHER_FIELDS: Readonly<Record<string, string>> = {
  type: 'Type of row',
  status: 'Status',
  memo: 'Memo',
  reference: 'Reference',
  currency: 'Currency',
  details: 'Details',
  net: 'Net amount',
  tax: 'Tax',
  gross: 'Gross amount',
  extra: 'Extra reference',
  tender: 'Paid by',
};

/** "issueDate" → "Invoice date": the field a column is read as. */
export function fieldLabel(key: string): string {
  for (const fields of Object.values(IMPORT_FIELDS)) {
    const found = fields.find((f) => f.key === key);
    if (found) return found.label;
  }
  return OTHER_FIELDS[key] ?? key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

/** How the file's dates were read, and why. */
export function datesWords(report: FileReport): string {
  if (report.dateFormat) return `${report.dateFormat} — ${report.dateReason}`;
  if (report.dateReason === 'cannot tell') return 'Not settled yet: see the question above';
  if (report.dateReason === 'no day/month dates') return 'Year first (2026-01-31), nothing to settle';
  return report.dateReason || '—';
}

export const decimalWords = (decimal: '.' | ','): string =>
  decimal === ',' ? 'Comma (1.250,00)' : 'Point (1,250.00)';

/** The leading capital a layout name lacks when it starts a sentence: "spreadsheet of invoices". */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "windows-1252" → "Windows-1252": how the file's letters were written. */
export function encodingWords(encoding: string): string {
  return encoding
    .replace(/^utf-(\d+)(le|be)?/i, (_, n: string, e?: string) => `UTF-${n}${e ? ` ${e.toUpperCase()}` : ''}`)
    .replace(/^windows-1252/, 'Windows-1252 (older Windows programs)');
}

const DELIMITER_WORDS: Readonly<Record<string, string>> = {
  ',': 'Commas',
  ';': 'Semicolons',
  tab: 'Tabs',
  '|': 'Vertical bars',
};

export const delimiterWords = (delimiter: string): string => DELIMITER_WORDS[delimiter] ?? delimiter;
