import type { Cell, CustomerDetails, RawInvoice, RawRecords, RowView } from './types';

// Small pieces most profiles share: the standard column keys, and reading them off a row.

/** Totals, subtotals and section headings: their first filled cell says "Total…". */
export function isTotalRow(r: RowView): boolean {
  const first = r.cells.find((c) => c.trim() !== '')?.trim() ?? '';
  return /^(grand\s+)?total\b/i.test(first) || /^percentage of total/i.test(first);
}

/** A row that fills none of the keys is not a record (a heading, a spacer, a footer). */
export function fillsAny(r: RowView, keys: readonly string[]): boolean {
  // text(), not cell(): no Cell made just to be looked at, on every row of a big file.
  for (const k of keys) if (r.text(k) !== '') return true;
  return false;
}

/** Cell with its text changed (e.g. "Ørsted Bikes:Spring service" → "Ørsted Bikes"). */
export function withText(cell: Cell | undefined, text: string): Cell | undefined {
  return cell ? { ...cell, text } : undefined;
}

export function pick<K extends string>(r: RowView, keys: readonly K[]): Partial<Record<K, Cell>> {
  const out: Partial<Record<K, Cell>> = {};
  for (const k of keys) {
    const c = r.cell(k);
    if (c) out[k] = c;
  }
  return out;
}

/** Cells under other names: renamed(r, { details: 'reason' }) → { reason: <Details cell> }. */
export function renamed<T extends string>(r: RowView, names: Record<string, T>): Partial<Record<T, Cell>> {
  const out: Partial<Record<T, Cell>> = {};
  for (const [key, name] of Object.entries(names)) {
    const c = r.cell(key);
    if (c) out[name] = c;
  }
  return out;
}

export const DETAIL_KEYS = [
  'email',
  'terms',
  'creditLimit',
  'contactName',
  'phone',
  'addressLine1',
  'addressLine2',
  'postcode',
  'city',
  'country',
] as const satisfies readonly (keyof CustomerDetails)[];

const INVOICE_KEYS = [
  'customerRef',
  'customerName',
  'dueDate',
  'total',
  'paid',
  'balance',
  'paidDate',
  'terms',
  'currency',
] as const;

/** The common case: one row is one invoice, under the standard keys. */
export function invoiceFromRow(r: RowView, extra?: Partial<RawInvoice>): RawInvoice {
  // Filled in place (no spread copies): a big file has hundreds of thousands of these rows.
  const invoice = pick(r, INVOICE_KEYS) as RawInvoice;
  invoice.row = r.n;
  invoice.number = r.must('number');
  invoice.issueDate = r.must('issueDate');
  invoice.customer = pick(r, DETAIL_KEYS);
  return extra ? Object.assign(invoice, extra) : invoice;
}

/** Reads rows as invoices, skipping totals and rows without an invoice number or date. */
export function readInvoiceRows(rows: RowView[], out: RawRecords): void {
  for (const r of rows) {
    if (isTotalRow(r) && !r.cell('number')) continue;
    if (!fillsAny(r, ['number', 'issueDate'])) continue;
    out.invoices.push(invoiceFromRow(r));
  }
}

/** "Net 30", "30 days", "Due on receipt" → days, or undefined when the text does not say. */
export function termsDays(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  if (/due on receipt|cash with order|payment on invoice|immediate|on receipt/.test(t)) return 0;
  const m = /(\d{1,4})/.exec(t);
  return m ? Number(m[1]) : undefined;
}

/**
 * Leaves out a row whose status says it is not owed (a draft, a void invoice), counting it by that
 * status; true when it was left out.
 */
export function leftOutByStatus(
  r: RowView,
  out: RawRecords,
  notOwed: ReadonlySet<string>,
  what = 'invoice',
): boolean {
  const status = r.text('status').toLowerCase();
  if (!notOwed.has(status)) return false;
  out.skipped.push({ row: r.n, reason: `${status} ${what}` });
  return true;
}
