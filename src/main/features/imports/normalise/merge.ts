import type { IsoDate } from '../../../../shared/dates';
import type { Problem } from '../../../../shared/errors';
import type { Minor } from '../../../../shared/money';
import type {
  CustomerKey,
  ParsedCreditNote,
  ParsedDetails,
  ParsedInvoice,
  ParsedPayment,
  ParsedTarget,
  Where,
} from './parsed';

// Exports repeat an invoice on every line item (Xero, Zoho, FreshBooks) and a payment on every
// invoice it paid (Zoho). Rows with the same number become one record: the repeated total is taken
// once (never added up), line amounts are added, and rows that disagree are reported.

export interface InvoiceLine {
  where: Where;
  number: string;
  customer: CustomerKey;
  issueDate: IsoDate;
  dueDate: IsoDate | undefined;
  dueColumn: string;
  total: Minor | undefined;
  lineAmount: Minor | undefined;
  paid: Minor | undefined;
  balance: Minor | undefined;
  paidInFull: boolean;
  paidDate: IsoDate | undefined;
  termsDays: number | undefined;
  details: ParsedDetails;
}

const sameCustomer = (a: CustomerKey, b: CustomerKey) => a.ref === b.ref && a.name === b.name;

/** Items with the same key, in first-seen order; a group array is made only for repeated keys. */
function groupBy<T>(items: readonly T[], key: (t: T) => string | undefined): (T | T[])[] {
  const at = new Map<string, number>();
  const out: (T | T[])[] = [];
  for (const item of items) {
    const k = key(item);
    const i = k === undefined ? undefined : at.get(k);
    if (i === undefined) {
      if (k !== undefined) at.set(k, out.length);
      out.push(item);
    } else {
      const seen = out[i]!;
      if (Array.isArray(seen)) seen.push(item);
      else out[i] = [seen, item];
    }
  }
  return out;
}

const asGroup = <T>(g: T | T[]): T[] => (Array.isArray(g) ? g : [g]);

export function mergeInvoices(lines: InvoiceLine[], file: string) {
  const problems: Problem[] = [];
  const invoices: ParsedInvoice[] = [];
  const creditNotes: ParsedCreditNote[] = [];
  for (const g of groupBy(lines, (l) => l.number)) {
    const merged = mergeLines(g, file, problems);
    if (!merged) continue;
    const first = Array.isArray(g) ? g[0]! : g;
    if (merged.dueDate && merged.dueDate < first.issueDate) {
      problems.push({
        file,
        row: merged.dueLine.where.row,
        field: merged.dueLine.dueColumn,
        message: 'The due date is before the invoice date.',
      });
      continue;
    }
    const total = merged.total ?? merged.lineAmount ?? 0;
    if (total < 0) {
      // A negative invoice is how many exports write a credit note.
      creditNotes.push({
        where: first.where,
        number: first.number,
        customer: first.customer,
        date: first.issueDate,
        amount: -total,
        invoiceIsHint: false,
        reason: '',
      });
      continue;
    }
    const paid =
      merged.paid ??
      (merged.balance !== undefined ? total - merged.balance : undefined) ??
      (merged.paidInFull ? total : undefined);
    if (paid !== undefined && paid < 0) {
      problems.push({
        file,
        row: merged.paidRow.where.row,
        message: `Invoice ${first.number} shows more owed than its total.`,
      });
      continue;
    }
    const invoice: ParsedInvoice = {
      where: first.where,
      number: first.number,
      customer: first.customer,
      issueDate: first.issueDate,
      total,
      details: first.details,
    };
    if (merged.dueDate) invoice.dueDate = merged.dueDate;
    if (merged.termsDays !== undefined) invoice.termsDays = merged.termsDays;
    if (paid !== undefined) invoice.paid = paid;
    if (merged.paidDate) invoice.paidDate = merged.paidDate;
    invoices.push(invoice);
  }
  return { invoices, creditNotes, problems };
}

/** What an invoice's lines say together, in one pass: the first value of each field that has one. */
interface MergedLines {
  /** The repeated total, taken once; line amounts are added when there is none. */
  total: Minor | undefined;
  lineAmount: Minor | undefined;
  dueDate: IsoDate | undefined;
  dueLine: InvoiceLine;
  paid: Minor | undefined;
  balance: Minor | undefined;
  /** The line a "more owed than its total" problem names: the paid line, else the balance line. */
  paidRow: InvoiceLine;
  paidInFull: boolean;
  termsDays: number | undefined;
  paidDate: IsoDate | undefined;
}

/**
 * Merges an invoice's lines, or reports why they cannot be one invoice (undefined). Nearly every
 * invoice is on one row, which groupBy gives as itself rather than in an array of one.
 */
function mergeLines(
  g: InvoiceLine | InvoiceLine[],
  file: string,
  problems: Problem[],
): MergedLines | undefined {
  const group = Array.isArray(g) ? g : undefined;
  const first = group ? group[0]! : (g as InvoiceLine);
  const count = group ? group.length : 1;
  let ok = true;
  let total: Minor | undefined;
  let lineSum = 0;
  let differentTotal: InvoiceLine | undefined;
  let dueLine: InvoiceLine | undefined;
  let paidLine: InvoiceLine | undefined;
  let balanceLine: InvoiceLine | undefined;
  let paidInFull = false;
  let termsDays: number | undefined;
  let paidDate: IsoDate | undefined;
  for (let i = 0; i < count; i++) {
    const line = group ? group[i]! : first;
    if (i > 0 && (!sameCustomer(line.customer, first.customer) || line.issueDate !== first.issueDate)) {
      problems.push({
        file,
        row: line.where.row,
        field: line.customer.column,
        message: `Invoice ${first.number} is also on row ${first.where.row}, for a different customer or date.`,
      });
      ok = false;
    }
    if (line.total !== undefined) {
      if (total === undefined) total = line.total;
      else if (line.total !== total) differentTotal ??= line;
    }
    lineSum += line.lineAmount ?? 0;
    if (line.dueDate) dueLine ??= line;
    if (line.paid !== undefined) paidLine ??= line;
    if (line.balance !== undefined) balanceLine ??= line;
    paidInFull ||= line.paidInFull;
    termsDays ??= line.termsDays;
    paidDate ||= line.paidDate;
  }
  if (differentTotal) {
    problems.push({
      file,
      row: differentTotal.where.row,
      message: `Invoice ${first.number} has a different total here than on row ${first.where.row}.`,
    });
    ok = false;
  }
  if (!ok) return undefined;
  return {
    total,
    lineAmount: total === undefined ? lineSum : undefined,
    dueDate: dueLine?.dueDate,
    dueLine: dueLine ?? first,
    paid: paidLine?.paid,
    balance: balanceLine?.balance,
    paidRow: paidLine ?? balanceLine ?? first,
    paidInFull,
    termsDays,
    paidDate,
  };
}

/** One row's payment, already in the shape of the record (most payments are one row). */
export function mergePayments(lines: ParsedPayment[], file: string) {
  const problems: Problem[] = [];
  const payments: ParsedPayment[] = [];
  for (const g of groupBy(lines, (l) => l.ref)) {
    if (!Array.isArray(g)) {
      payments.push(g);
      continue;
    }
    const group = g;
    const first = group[0]!;
    const clash = group.find(
      (l) => l.amount !== first.amount || l.date !== first.date || !sameCustomer(l.customer, first.customer),
    );
    if (clash) {
      problems.push({
        file,
        row: clash.where.row,
        message: `Payment ${first.ref} is also on row ${first.where.row} with a different amount, date or customer.`,
      });
      continue;
    }
    // The same invoice on several rows of one payment: its amounts are added.
    const targets = new Map<string, ParsedTarget>();
    for (const t of group.flatMap((l) => l.targets)) {
      const seen = targets.get(t.invoiceNumber);
      if (seen && seen.amount !== undefined && t.amount !== undefined) seen.amount += t.amount;
      else if (!seen) targets.set(t.invoiceNumber, { ...t });
    }
    payments.push({ ...first, targets: [...targets.values()] });
  }
  return { payments, problems };
}

export function mergeCreditNotes(lines: ParsedCreditNote[], file: string) {
  const problems: Problem[] = [];
  const creditNotes: ParsedCreditNote[] = [];
  for (const g of groupBy(lines, (l) => l.number)) {
    const group = asGroup(g);
    const first = group[0]!;
    const clash = group.find((l) => l.amount !== first.amount || !sameCustomer(l.customer, first.customer));
    if (clash) {
      problems.push({
        file,
        row: clash.where.row,
        message: `Credit note ${first.number} is also on row ${first.where.row} with a different amount or customer.`,
      });
      continue;
    }
    creditNotes.push(first);
  }
  return { creditNotes, problems };
}
