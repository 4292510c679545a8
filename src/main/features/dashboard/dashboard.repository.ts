import type { AgeingOptions } from '../../../shared/contract/ageing';
import { addDays, daysBetween, type IsoDate } from '../../../shared/dates';
import type { Books } from '../../db/books';
import { bucketCase, bucketParams, openInvoicesAt, receiptCreditAt } from '../ageing/ageing.repository';

// The dashboard's reads, each one SQL statement over indexes (never "load every row and loop").

export function bucketTotals(books: Books, asOf: IsoDate, options: AgeingOptions) {
  return books
    .prepare(
      `SELECT ${bucketCase(options)} AS bucket, SUM(open) AS amount, COUNT(*) AS invoices,
              SUM(CASE WHEN due_date < @d THEN open ELSE 0 END) AS overdue
         FROM (${openInvoicesAt}) WHERE open > 0 GROUP BY bucket`,
    )
    .all(bucketParams(asOf, options)) as {
    bucket: number;
    amount: number;
    invoices: number;
    overdue: number;
  }[];
}

export function creditTotal(books: Books, asOf: IsoDate): number {
  const sql = `SELECT COALESCE(SUM(credit), 0) FROM (${receiptCreditAt('payments', 'payment_id')}
                 UNION ALL ${receiptCreditAt('credit_notes', 'credit_note_id')}) WHERE credit > 0`;
  return books.prepare(sql).pluck().get({ d: asOf }) as number;
}

/** Customers owing anything, and the ten with the largest overdue balances. */
export function debtors(books: Books, asOf: IsoDate) {
  // One pass over what was open: every customer owing is counted (the window) before the ten with
  // the most overdue are kept. Rows with nothing overdue sort last and are dropped below; they are
  // there only so the count comes back even when nobody is overdue.
  const rows = books
    .prepare(
      `WITH c AS (
         SELECT customer_id, SUM(open) AS open, SUM(CASE WHEN due_date < @d THEN open ELSE 0 END) AS overdue,
                MIN(CASE WHEN due_date < @d THEN due_date END) AS oldest_due
           FROM (${openInvoicesAt}) WHERE open > 0 GROUP BY customer_id),
       top AS (
         SELECT c.*, k.ref, k.name, COUNT(*) OVER () AS owing
           FROM c JOIN customers k ON k.id = c.customer_id ORDER BY c.overdue DESC, k.name LIMIT 10),
       credit AS (
         SELECT customer_id, SUM(credit) AS credit
           FROM (${receiptCreditAt('payments', 'payment_id')} UNION ALL ${receiptCreditAt('credit_notes', 'credit_note_id')})
          WHERE credit > 0 GROUP BY customer_id)
       SELECT t.customer_id, t.ref, t.name, t.overdue, t.open - COALESCE(cr.credit, 0) AS balance, t.oldest_due, t.owing
         FROM top t LEFT JOIN credit cr ON cr.customer_id = t.customer_id
        ORDER BY t.overdue DESC, t.name`,
    )
    .all({ d: asOf }) as {
    customer_id: number;
    ref: string;
    name: string;
    overdue: number;
    balance: number;
    oldest_due: string | null;
    owing: number;
  }[];
  return {
    owing: rows[0]?.owing ?? 0,
    top: rows
      .filter((r) => r.overdue > 0)
      .map((r) => ({
        customerId: r.customer_id,
        ref: r.ref,
        name: r.name,
        overdue: r.overdue,
        balance: r.balance,
        oldestDaysOverdue: daysBetween(r.oldest_due!, asOf),
      })),
  };
}

/** Invoiced between two dates, inclusive. */
export function salesBetween(books: Books, from: IsoDate, to: IsoDate): number {
  return books
    .prepare(
      'SELECT COALESCE(SUM(total), 0) FROM invoices INDEXED BY invoices_issue_date WHERE issue_date >= ? AND issue_date <= ?',
    )
    .pluck()
    .get(from, to) as number;
}

/**
 * Payments applied in the 90 days up to the date: how many days after the due date the money came,
 * weighted by amount (money that came early counts as on time, not as negative lateness).
 */
export function lateness(books: Books, asOf: IsoDate) {
  const from = addDays(asOf, -89);
  const row = books
    .prepare(
      `SELECT COALESCE(SUM(a.amount), 0) AS amount, COUNT(DISTINCT a.payment_id) AS payments,
              SUM(a.amount * MAX(0, julianday(a.date) - julianday(i.due_date))) AS weighted
         FROM allocations a INDEXED BY allocations_date JOIN invoices i ON i.id = a.invoice_id
        WHERE a.date >= ? AND a.date <= ? AND a.payment_id IS NOT NULL`,
    )
    .get(from, asOf) as { amount: number; payments: number; weighted: number | null };
  const averageDaysLate = row.amount > 0 ? Math.round(((row.weighted ?? 0) / row.amount) * 10) / 10 : null;
  return { averageDaysLate, payments: row.payments, amount: row.amount, from, to: asOf };
}

/** Payments received between two dates, inclusive. */
export function collectedBetween(books: Books, from: IsoDate, to: IsoDate): number {
  return books
    .prepare(
      'SELECT COALESCE(SUM(amount), 0) FROM payments INDEXED BY payments_date WHERE date >= ? AND date <= ?',
    )
    .pluck()
    .get(from, to) as number;
}
