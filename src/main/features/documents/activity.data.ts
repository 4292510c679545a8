import type { IsoDate } from '../../../shared/dates';
import type { Books } from '../../db/books';

// What an activity statement shows for a period: the balance brought forward, then every invoice,
// payment and credit note in the period in date order with a running balance, and the balance at the
// end. In SQL, per customer through the (customer_id, date) indexes.
//
// Why the closing balance is the open-items balance on the end date: an allocation dated on or before
// D joins an invoice issued on or before D to a receipt dated on or before D (its date is the later
// of the two), so it lowers what is open and the credit left by the same amount. What remains of the
// open-items balance (open invoices − unapplied credit) is every invoice issued by D less every
// receipt dated by D: the activity's running total.

export type ActivityKind = 'invoice' | 'payment' | 'credit_note';

export interface ActivityEntry {
  kind: ActivityKind;
  id: number;
  date: IsoDate;
  /** The invoice or credit note number, the payment's reference. */
  ref: string;
  /** Invoices: the due date. */
  dueDate: IsoDate | null;
  /** A payment's method, a credit note's reason: a few words beside the reference. */
  note: string;
  /** What it adds to the balance: positive for invoices, negative for payments and credit notes. */
  amount: number;
  /** The balance after this entry. */
  balance: number;
}

export interface ActivityData {
  customerId: number;
  from: IsoDate;
  to: IsoDate;
  /** The balance at the end of the day before `from`. */
  opening: number;
  entries: ActivityEntry[];
  /** Sum of the invoices in the period. */
  charged: number;
  /** Sum of the payments and credit notes in the period (positive). */
  received: number;
  closing: number;
}

interface EntryRow {
  customer_id: number;
  kind: ActivityKind;
  id: number;
  date: string;
  ref: string;
  due_date: string | null;
  note: string;
  amount: number;
}

const IN_SET = 'customer_id IN (SELECT value FROM json_each(@customers))';

/** Each customer's activity from `from` to `to` (both included), in the order of `customerIds`. */
export function activityData(
  books: Books,
  customerIds: readonly number[],
  from: IsoDate,
  to: IsoDate,
): ActivityData[] {
  const customers = JSON.stringify(customerIds);
  const opening = books
    .prepare(
      `SELECT customer_id, SUM(amount) AS amount FROM (
         SELECT customer_id, total AS amount FROM invoices WHERE ${IN_SET} AND issue_date < @from
         UNION ALL
         SELECT customer_id, -amount FROM payments WHERE ${IN_SET} AND date < @from
         UNION ALL
         SELECT customer_id, -amount FROM credit_notes WHERE ${IN_SET} AND date < @from)
        GROUP BY customer_id`,
    )
    .all({ customers, from }) as { customer_id: number; amount: number }[];
  // On one day: the invoices first, then what paid them, so the balance never dips below zero
  // in between; then by reference.
  const rows = books
    .prepare(
      `SELECT * FROM (
         SELECT customer_id, 'invoice' AS kind, id, issue_date AS date, number AS ref, due_date, '' AS note,
                total AS amount, 0 AS o
           FROM invoices WHERE ${IN_SET} AND issue_date BETWEEN @from AND @to
         UNION ALL
         SELECT customer_id, 'payment', id, date, ref, NULL, method, -amount, 1
           FROM payments WHERE ${IN_SET} AND date BETWEEN @from AND @to
         UNION ALL
         SELECT customer_id, 'credit_note', id, date, number, NULL, reason, -amount, 2
           FROM credit_notes WHERE ${IN_SET} AND date BETWEEN @from AND @to)
        ORDER BY customer_id, date, o, ref`,
    )
    .all({ customers, from, to }) as EntryRow[];
  const out = new Map<number, ActivityData>();
  for (const id of customerIds) {
    if (!out.has(id)) {
      out.set(id, { customerId: id, from, to, opening: 0, entries: [], charged: 0, received: 0, closing: 0 });
    }
  }
  for (const o of opening) out.get(o.customer_id)!.opening = o.amount;
  for (const a of out.values()) a.closing = a.opening;
  for (const r of rows) {
    const a = out.get(r.customer_id)!;
    a.closing += r.amount;
    if (r.amount > 0) a.charged += r.amount;
    else a.received -= r.amount;
    a.entries.push({
      kind: r.kind,
      id: r.id,
      date: r.date,
      ref: r.ref,
      dueDate: r.due_date,
      note: r.note,
      amount: r.amount,
      balance: a.closing,
    });
  }
  return [...out.values()];
}
