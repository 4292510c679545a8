import { type AgeingOptions, bucketDefs } from '../../../shared/contract/ageing';
import { daysBetween, type IsoDate } from '../../../shared/dates';
import type { Books } from '../../db/books';
import { bucketCase, bucketParams, openInvoicesAt } from '../ageing/ageing.repository';
import { type CustomerContact, customerContacts } from '../reports/reports.repository';

// What an open-item statement shows, for one customer or a batch, in SQL: the invoices open on the
// date (the ageing's own query, so the statement's buckets are the report's figures to the penny) and
// the payments and credit notes not yet allocated then. The cost follows what was open on the date
// and the customers asked for, never the size of the books.

export interface StatementInvoice {
  invoiceId: number;
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  total: number;
  /** Paid or credited by the date. */
  paid: number;
  /** Still owed on the date. */
  open: number;
  /** Index into the bucket definitions of the options used. */
  bucket: number;
  /** The date minus the due date: positive when overdue. */
  daysOverdue: number;
}

export interface StatementCredit {
  kind: 'payment' | 'credit_note';
  id: number;
  /** The payment's reference or the credit note's number. */
  ref: string;
  date: IsoDate;
  amount: number;
  /** Not allocated to any invoice on the date. */
  unapplied: number;
}

export interface StatementData {
  customer: CustomerContact;
  asOf: IsoDate;
  /** Oldest first (invoice date, then number). */
  invoices: StatementInvoice[];
  /** Oldest first. */
  credits: StatementCredit[];
  /** Amount open per bucket (as many as the options' definitions). */
  buckets: number[];
  open: number;
  credit: number;
  /** open − credit: what the customer owes (negative: in credit). */
  balance: number;
}

interface InvoiceRow {
  id: number;
  number: string;
  customer_id: number;
  issue_date: string;
  due_date: string;
  total: number;
  open: number;
  bucket: number;
}

interface CreditRow {
  kind: 'payment' | 'credit_note';
  id: number;
  ref: string;
  customer_id: number;
  date: string;
  amount: number;
  credit: number;
}

/** Receipts with credit left on D: unallocated today, or allocated only after D (as ageing.repository). */
const receiptsAt = (table: 'payments' | 'credit_notes', column: 'payment_id' | 'credit_note_id') => {
  const kind = table === 'payments' ? "'payment'" : "'credit_note'";
  const ref = table === 'payments' ? 'r.ref' : 'r.number';
  const later = `(SELECT SUM(a.amount) FROM allocations a WHERE a.${column} = r.id AND a.date > @d)`;
  return `
  SELECT ${kind} AS kind, r.id, ${ref} AS ref, r.customer_id, r.date, r.amount,
         r.unapplied + COALESCE(${later}, 0) AS credit
    FROM ${table} r INDEXED BY ${table}_open
   WHERE r.applied_on IS NULL AND r.date <= @d
  UNION ALL
  SELECT ${kind}, r.id, ${ref}, r.customer_id, r.date, r.amount, ${later}
    FROM ${table} r INDEXED BY ${table}_applied_on
   WHERE r.applied_on > @d AND r.date <= @d`;
};

const IN_SET = 'customer_id IN (SELECT value FROM json_each(@customers))';

/**
 * Each customer's statement as of `asOf`, in the order of `customerIds`; a customer with nothing open
 * gets an empty statement (balance zero), so a batch prints every customer asked for.
 */
export function statementData(
  books: Books,
  customerIds: readonly number[],
  asOf: IsoDate,
  options: AgeingOptions,
): StatementData[] {
  const bucketCount = bucketDefs(options.limits, options.basis).length;
  const customers = JSON.stringify(customerIds);
  const invoices = books
    .prepare(
      `SELECT o.id, o.number, o.customer_id, o.issue_date, o.due_date, o.open, o.bucket,
              (SELECT total FROM invoices WHERE id = o.id) AS total
         FROM (SELECT *, ${bucketCase(options)} AS bucket FROM (${openInvoicesAt})
                WHERE open > 0 AND ${IN_SET}) o
        ORDER BY o.customer_id, o.issue_date, o.number`,
    )
    .all({ ...bucketParams(asOf, options), customers }) as InvoiceRow[];
  const credits = books
    .prepare(
      `SELECT * FROM (${receiptsAt('payments', 'payment_id')} UNION ALL ${receiptsAt('credit_notes', 'credit_note_id')})
        WHERE credit > 0 AND ${IN_SET}
        ORDER BY customer_id, date, kind DESC, ref`,
    )
    .all({ d: asOf, customers }) as CreditRow[];
  const contacts = customerContacts(books, customerIds);
  const out = new Map<number, StatementData>();
  for (const id of customerIds) {
    const customer = contacts.get(id);
    if (!customer || out.has(id)) continue;
    out.set(id, {
      customer,
      asOf,
      invoices: [],
      credits: [],
      buckets: Array.from({ length: bucketCount }, () => 0),
      open: 0,
      credit: 0,
      balance: 0,
    });
  }
  for (const r of invoices) {
    const s = out.get(r.customer_id)!;
    s.invoices.push({
      invoiceId: r.id,
      number: r.number,
      issueDate: r.issue_date,
      dueDate: r.due_date,
      total: r.total,
      paid: r.total - r.open,
      open: r.open,
      bucket: r.bucket,
      daysOverdue: daysBetween(r.due_date, asOf),
    });
    s.buckets[r.bucket]! += r.open;
    s.open += r.open;
  }
  for (const r of credits) {
    const s = out.get(r.customer_id)!;
    s.credits.push({
      kind: r.kind,
      id: r.id,
      ref: r.ref,
      date: r.date,
      amount: r.amount,
      unapplied: r.credit,
    });
    s.credit += r.credit;
  }
  for (const s of out.values()) s.balance = s.open - s.credit;
  return [...out.values()];
}
