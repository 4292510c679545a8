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
    const group = asGroup(g);
    const first = group[0]!;
    let ok = true;
    for (const line of group.slice(1)) {
      if (!sameCustomer(line.customer, first.customer) || line.issueDate !== first.issueDate) {
        problems.push({
          file,
          row: line.where.row,
          field: line.customer.column,
          message: `Invoice ${first.number} is also on row ${first.where.row}, for a different customer or date.`,
        });
        ok = false;
      }
    }
    const totals = group.map((l) => l.total).filter((t): t is Minor => t !== undefined);
    let total: Minor;
    if (totals.length > 0) {
      const other = group.find((l) => l.total !== undefined && l.total !== totals[0]);
      if (other) {
        problems.push({
          file,
          row: other.where.row,
          message: `Invoice ${first.number} has a different total here than on row ${first.where.row}.`,
        });
        ok = false;
      }
      total = totals[0]!;
    } else {
      total = group.reduce((sum, l) => sum + (l.lineAmount ?? 0), 0);
    }
    if (!ok) continue;
    const dueDate = group.find((l) => l.dueDate)?.dueDate;
    if (dueDate && dueDate < first.issueDate) {
      const row = group.find((l) => l.dueDate)!;
      problems.push({
        file,
        row: row.where.row,
        field: row.dueColumn,
        message: 'The due date is before the invoice date.',
      });
      continue;
    }
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
    const paidLine = group.find((l) => l.paid !== undefined);
    const balanceLine = group.find((l) => l.balance !== undefined);
    const paid =
      paidLine?.paid ??
      (balanceLine?.balance !== undefined ? total - balanceLine.balance : undefined) ??
      (group.some((l) => l.paidInFull) ? total : undefined);
    if (paid !== undefined && paid < 0) {
      problems.push({
        file,
        row: (paidLine ?? balanceLine ?? first).where.row,
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
    if (dueDate) invoice.dueDate = dueDate;
    const terms = group.find((l) => l.termsDays !== undefined)?.termsDays;
    if (terms !== undefined) invoice.termsDays = terms;
    if (paid !== undefined) invoice.paid = paid;
    const paidDate = group.find((l) => l.paidDate)?.paidDate;
    if (paidDate) invoice.paidDate = paidDate;
    invoices.push(invoice);
  }
  return { invoices, creditNotes, problems };
}

interface PaymentLine extends Omit<ParsedPayment, 'targets' | 'ref'> {
  ref: string | undefined;
  targets: (Omit<ParsedTarget, 'amount'> & { amount: Minor | undefined })[];
}

export function mergePayments(lines: PaymentLine[], file: string) {
  const problems: Problem[] = [];
  const payments: ParsedPayment[] = [];
  for (const g of groupBy(lines, (l) => l.ref)) {
    if (!Array.isArray(g)) {
      payments.push(asPayment(g, g.targets));
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
    const targets = new Map<string, ParsedTarget>();
    for (const t of group.flatMap((l) => l.targets)) {
      const seen = targets.get(t.invoiceNumber);
      const target: ParsedTarget = { invoiceNumber: t.invoiceNumber, where: t.where, column: t.column };
      if (t.amount !== undefined) target.amount = t.amount;
      if (seen && seen.amount !== undefined && t.amount !== undefined) seen.amount += t.amount;
      else if (!seen) targets.set(t.invoiceNumber, target);
    }
    payments.push(asPayment(first, [...targets.values()]));
  }
  return { payments, problems };
}

function asPayment(line: PaymentLine, targets: PaymentLine['targets'] | ParsedTarget[]): ParsedPayment {
  const payment: ParsedPayment = {
    where: line.where,
    customer: line.customer,
    date: line.date,
    amount: line.amount,
    method: line.method,
    note: line.note,
    targets: targets.map((t) => {
      const target: ParsedTarget = { invoiceNumber: t.invoiceNumber, where: t.where, column: t.column };
      if (t.amount !== undefined) target.amount = t.amount;
      return target;
    }),
  };
  if (line.ref !== undefined) payment.ref = line.ref;
  return payment;
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
