import { addDays, type IsoDate } from '../../../shared/dates';
import type { Books } from '../../db/books';
import { openInvoicesAt, receiptCreditAt } from '../ageing/ageing.repository';
import { LOOK_BACK, BEHAVIOUR_RULES as R } from './behaviour-rules';

// Payment behaviour in SQL, for every customer at once or a few, as of a date D. An invoice is judged
// when it was paid by D, or is unpaid on D and past due by more than the grace. Days late: paid date
// (or D, so far) minus due date, never below 0. Zero-total invoices are left out: nothing to pay.
//
// Only each customer's last LOOK_BACK judged invoices matter. Per customer, a short walk down the
// invoices_behaviour index finds the due date of the oldest of them (the cut), and the join reads from
// there on, so the window functions rank about 18 rows per customer instead of the whole history.
// Customers are read in id order (NOT INDEXED: by rowid, not by the smaller name index) and each one's
// invoices come newest first from the index, so ROW_NUMBER needs no sort. ROW_NUMBER then picks the
// last 10 and the trend's last 6 and 12 before them exactly, ties on the cut's due date included.

/** Which customers: all, or the ids given. */
export type Scope = { customerIds?: readonly number[] };

/**
 * figures: everything, for the behaviour screens and the command line. class: only what the class
 * needs (no median; `judged` counted only up to LOOK_BACK, `waiting` not counted), for the customers
 * list, where a full count of every customer's history would double the cost.
 */
export type HabitDetail = 'figures' | 'class';

const judged = (i: string) =>
  `${i}.issue_date <= @d AND ${i}.total > 0 AND (${i}.paid_on <= @d OR ${i}.due_date < @g)`;

const daysLate = (i: string) =>
  `MAX(0, CAST(julianday(CASE WHEN ${i}.paid_on <= @d THEN ${i}.paid_on ELSE @d END) - julianday(${i}.due_date) AS INTEGER))`;

const inScope = (column: string, scope: Scope) =>
  scope.customerIds ? `${column} IN (SELECT value FROM json_each(@ids))` : '1';

function params(asOf: IsoDate, scope: Scope): Record<string, string | number> {
  const p: Record<string, string | number> = { d: asOf, g: addDays(asOf, -R.graceDays), grace: R.graceDays };
  if (scope.customerIds) p.ids = JSON.stringify(scope.customerIds);
  return p;
}

/** Each customer's last LOOK_BACK judged invoices, rn = 1 the latest due. */
const recentCte = (scope: Scope, materialized: boolean) => `
  recent AS ${materialized ? 'MATERIALIZED' : 'NOT MATERIALIZED'} (
    SELECT * FROM (
      SELECT c.id AS customer_id, i.id, i.total AS amount, (i.paid_on IS NULL OR i.paid_on > @d) AS open,
             ${daysLate('i')} AS late,
             ROW_NUMBER() OVER (PARTITION BY c.id ORDER BY i.due_date DESC, i.id DESC) AS rn
        FROM customers c NOT INDEXED CROSS JOIN invoices i INDEXED BY invoices_behaviour
          ON i.customer_id = c.id
         AND i.due_date >= COALESCE((SELECT j.due_date FROM invoices j INDEXED BY invoices_behaviour
                                      WHERE j.customer_id = c.id AND ${judged('j')}
                                      ORDER BY j.due_date DESC, j.id DESC LIMIT 1 OFFSET ${LOOK_BACK - 1}), '')
       WHERE ${inScope('c.id', scope)} AND ${judged('i')})
     WHERE rn <= ${LOOK_BACK})`;

const inRecent = `rn <= ${R.recentInvoices}`;
const inTrendRecent = `rn <= ${R.trendRecent}`;
const inTrendEarlier = `rn > ${R.trendRecent}`;

const habitsCte = `
  habits AS (
    SELECT customer_id, COUNT(*) AS looked_at,
           COUNT(*) FILTER (WHERE ${inRecent}) AS recent,
           SUM(late <= @grace) FILTER (WHERE ${inRecent}) AS on_time,
           SUM(open) FILTER (WHERE ${inRecent}) AS late_unpaid,
           1.0 * SUM(amount * late) FILTER (WHERE ${inRecent}) / SUM(amount) FILTER (WHERE ${inRecent}) AS average,
           MAX(late * 2 + open) FILTER (WHERE ${inRecent}) AS longest_code,
           COUNT(*) FILTER (WHERE ${inTrendRecent}) AS trend_recent,
           1.0 * SUM(amount * late) FILTER (WHERE ${inTrendRecent}) / SUM(amount) FILTER (WHERE ${inTrendRecent}) AS trend_recent_average,
           SUM(open) FILTER (WHERE ${inTrendRecent}) AS trend_recent_unpaid,
           COUNT(*) FILTER (WHERE ${inTrendEarlier}) AS trend_earlier,
           1.0 * SUM(amount * late) FILTER (WHERE ${inTrendEarlier}) / SUM(amount) FILTER (WHERE ${inTrendEarlier}) AS trend_earlier_average
      FROM recent GROUP BY customer_id)`;

/**
 * Weighted median of the last 10: order by days late, run the amounts up, and take the first days late
 * at which the running amount reaches half the total (compared doubled, to stay in integers).
 */
const medianCte = `
  median AS (
    SELECT customer_id, MIN(late) AS median FROM (
      SELECT customer_id, late,
             2 * SUM(amount) OVER (PARTITION BY customer_id ORDER BY late, id ROWS UNBOUNDED PRECEDING) AS twice_run,
             SUM(amount) OVER (PARTITION BY customer_id) AS total
        FROM recent WHERE ${inRecent})
     WHERE twice_run >= total GROUP BY customer_id)`;

/** Invoices issued by D, and of them judged, over each customer's whole history (the index alone). */
const countsCte = (scope: Scope) => `
  counts AS (
    SELECT customer_id, COUNT(*) AS issued, SUM(${judged('i')}) AS judged FROM invoices i INDEXED BY invoices_behaviour
     WHERE i.issue_date <= @d AND i.total > 0 AND ${inScope('customer_id', scope)} GROUP BY customer_id)`;

export interface HabitRow {
  customer_id: number;
  /** Judged invoices in the whole history ('class': counted only up to LOOK_BACK). */
  judged: number;
  /** Issued by the date but not judged: unpaid, not past due by more than the grace ('class': 0). */
  waiting: number;
  recent: number;
  on_time: number;
  late_unpaid: number;
  average: number | null;
  /** Longest days late × 2, plus 1 when that invoice is unpaid: MAX picks the unpaid one on a tie. */
  longest_code: number | null;
  trend_recent: number;
  trend_recent_average: number | null;
  trend_recent_unpaid: number;
  trend_earlier: number;
  trend_earlier_average: number | null;
  /** 'class': null. */
  median: number | null;
}

/** One row per customer in scope (customers without invoices too), in one statement. */
export function habitRows(books: Books, asOf: IsoDate, scope: Scope, detail: HabitDetail): HabitRow[] {
  const full = detail === 'figures';
  // The median reads `recent` a second time: materialise it once rather than rank twice.
  const ctes = [recentCte(scope, full), habitsCte, ...(full ? [medianCte, countsCte(scope)] : [])];
  const sql = `
    WITH ${ctes.join(',')}
    SELECT c.id AS customer_id,
           ${full ? 'COALESCE(n.judged, 0)' : 'COALESCE(h.looked_at, 0)'} AS judged,
           ${full ? 'COALESCE(n.issued - n.judged, 0)' : '0'} AS waiting,
           COALESCE(h.recent, 0) AS recent, COALESCE(h.on_time, 0) AS on_time,
           COALESCE(h.late_unpaid, 0) AS late_unpaid, h.average, h.longest_code,
           COALESCE(h.trend_recent, 0) AS trend_recent, h.trend_recent_average,
           COALESCE(h.trend_recent_unpaid, 0) AS trend_recent_unpaid,
           COALESCE(h.trend_earlier, 0) AS trend_earlier, h.trend_earlier_average,
           ${full ? 'm.median' : 'NULL'} AS median
      FROM customers c LEFT JOIN habits h ON h.customer_id = c.id
      ${full ? 'LEFT JOIN median m ON m.customer_id = c.id LEFT JOIN counts n ON n.customer_id = c.id' : ''}
     WHERE ${inScope('c.id', scope)}`;
  return books.prepare(sql).all(params(asOf, scope)) as HabitRow[];
}

export interface OwedRow {
  customer_id: number;
  ref: string;
  name: string;
  credit_limit: number | null;
  /** Open invoices minus unapplied credit on the date, as in the ageing report. */
  owed: number;
}

/** What each customer in scope owes on the date, from the same SQL as the ageing report. */
export function owedRows(books: Books, asOf: IsoDate, scope: Scope): OwedRow[] {
  const sql = `
    WITH o AS (
      SELECT customer_id, SUM(open) AS open
        FROM (${openInvoicesAt}) WHERE open > 0 AND ${inScope('customer_id', scope)} GROUP BY customer_id),
    cr AS (
      SELECT customer_id, SUM(credit) AS credit
        FROM (${receiptCreditAt('payments', 'payment_id')} UNION ALL ${receiptCreditAt('credit_notes', 'credit_note_id')})
       WHERE credit > 0 AND ${inScope('customer_id', scope)} GROUP BY customer_id)
    SELECT c.id AS customer_id, c.ref, c.name, c.credit_limit,
           COALESCE(o.open, 0) - COALESCE(cr.credit, 0) AS owed
      FROM customers c LEFT JOIN o ON o.customer_id = c.id LEFT JOIN cr ON cr.customer_id = c.id
     WHERE ${inScope('c.id', scope)}`;
  return books.prepare(sql).all(params(asOf, scope)) as OwedRow[];
}

export interface PointRow {
  id: number;
  number: string;
  due_date: string;
  paid_on: string | null;
  late: number;
  amount: number;
  open: number;
}

/** A customer's last judged invoices for the chart, oldest first; paid_on is NULL if paid after D. */
export function pointRows(books: Books, asOf: IsoDate, customerId: number): PointRow[] {
  const sql = `
    SELECT * FROM (
      SELECT i.id, i.number, i.due_date, CASE WHEN i.paid_on <= @d THEN i.paid_on END AS paid_on,
             ${daysLate('i')} AS late, i.total AS amount, (i.paid_on IS NULL OR i.paid_on > @d) AS open
        FROM invoices i INDEXED BY invoices_behaviour
       WHERE i.customer_id = @c AND ${judged('i')}
       ORDER BY i.due_date DESC, i.id DESC LIMIT ${R.chartPoints})
     ORDER BY due_date, id`;
  return books.prepare(sql).all({ ...params(asOf, {}), c: customerId }) as PointRow[];
}
