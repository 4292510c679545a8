import type { Problem } from '../../../../shared/errors';

// What a tool profile reads out of a file: records of raw text, each cell remembering the column
// it came from (as the file names it), so that any later problem can name the file, the row and
// the field the owner will recognise. Parsing dates and amounts happens afterwards, once per file,
// when the whole file has settled its date order and decimal separator.

export interface Cell {
  text: string;
  /** The column's name as written in the file's header. */
  column: string;
}

export type FileKind = 'customers' | 'invoices' | 'payments' | 'credit_notes' | 'transactions' | 'summary';

export interface CustomerDetails {
  email?: Cell;
  terms?: Cell;
  creditLimit?: Cell;
  contactName?: Cell;
  phone?: Cell;
  addressLine1?: Cell;
  addressLine2?: Cell;
  postcode?: Cell;
  city?: Cell;
  country?: Cell;
}

export interface RawCustomer extends CustomerDetails {
  row: number;
  ref?: Cell;
  name?: Cell;
}

/** How a row names its customer: by reference, by name, or both. */
export interface CustomerNaming {
  customerRef?: Cell;
  customerName?: Cell;
}

export interface RawInvoice extends CustomerNaming {
  row: number;
  number: Cell;
  issueDate: Cell;
  dueDate?: Cell;
  /** The invoice total (repeated on every line of a line-item export). */
  total?: Cell;
  /** One line's amount: summed per invoice when the export has no total column. */
  lineAmount?: Cell;
  /** Paid so far, or still open: either implies payments that the file itself does not list. */
  paid?: Cell;
  balance?: Cell;
  /** The export only says "paid" (FreshBooks): paid in full. */
  paidInFull?: boolean;
  /** When it was (last) paid, if the export says. */
  paidDate?: Cell;
  /** Amounts to add to the total (Sage writes net and tax apart). */
  plus?: Cell[];
  /** "Net 30", "30", "14 days": used when there is no due date. */
  terms?: Cell;
  currency?: Cell;
  /** Contact details some exports repeat on invoice rows (Xero). */
  customer?: CustomerDetails;
}

export interface RawTarget {
  invoiceNumber: Cell;
  /** How much of the payment went to that invoice, when the export says. */
  amount?: Cell;
}

export interface RawPayment extends CustomerNaming {
  row: number;
  ref?: Cell;
  date: Cell;
  amount: Cell;
  targets: RawTarget[];
  plus?: Cell[];
  method?: Cell;
  note?: Cell;
  currency?: Cell;
}

export interface RawCreditNote extends CustomerNaming {
  row: number;
  number?: Cell;
  date: Cell;
  /** Either sign: a credit note's amount is what it takes off, however the export writes it. */
  amount: Cell;
  plus?: Cell[];
  invoiceNumber?: Cell;
  /** The invoice number came from a free-text reference: it names an invoice only if one matches. */
  invoiceIsHint?: boolean;
  reason?: Cell;
  currency?: Cell;
}

/** What a profile read out of one file. */
export interface RawRecords {
  customers: RawCustomer[];
  invoices: RawInvoice[];
  payments: RawPayment[];
  creditNotes: RawCreditNote[];
  /** Rows deliberately left out, with why ("draft invoice", "bill"): counted in the summary. */
  skipped: { row: number; reason: string }[];
  problems: Problem[];
  /** Sentences for the owner about how the file was read. */
  notes: string[];
}

export const emptyRecords = (): RawRecords => ({
  customers: [],
  invoices: [],
  payments: [],
  creditNotes: [],
  skipped: [],
  problems: [],
  notes: [],
});

/** One data row of the file, its cells reachable by the profile's column keys. */
export interface RowView {
  /** The row number a spreadsheet shows. */
  n: number;
  /** The cell for a column key, only when it has text. */
  cell(key: string): Cell | undefined;
  /** The cell for a column key even when empty (text ''), so a missing value names its column. */
  must(key: string): Cell;
  text(key: string): string;
  /** Every cell of the row, as written. */
  cells: readonly string[];
  /** The heading the row sits under, in reports grouped by customer ("Café Müller", then its rows). */
  readonly section?: string | undefined;
}

export interface FileInfo {
  name: string;
  /** Text of the rows above the header and below the data ("Invoice List", "As of …"). */
  titles: string[];
}

export interface Profile {
  id: string;
  tool: string;
  kind: FileKind;
  /** What the owner is told was recognised: "QuickBooks Online invoice list". */
  label: string;
  /** Column keys → header names that mean them (normalised: lower case, no *, single spaces). */
  columns: Record<string, readonly string[]>;
  /** Keys that must all be present for the profile to fit. */
  required: readonly string[];
  /** Fewest of its columns the file must have (generic profiles, whose names are common words). */
  minimumColumns?: number;
  /** Columns or title lines that only this tool writes: they make the match certain. */
  signature?: { columns?: readonly string[]; titles?: readonly RegExp[] };
  /** Rows that belong together (a journal transaction's split lines); default: each row alone. */
  group?: (rows: RowView[]) => RowView[][];
  /** Reads one group of rows. */
  read(rows: RowView[], out: RawRecords, file: FileInfo): void;
}
