import { addDays, type IsoDate } from '../../../shared/dates';
import type { Books } from '../../db/books';
import { openInvoicesAt } from '../ageing/ageing.repository';

// What was owed, and how much of it overdue, at each month end: without running the ageing once per
// month. For any date M, exactly:
//   owed(M)    = invoiced up to M − applied up to M
//                (an allocation is never dated before its invoice, so both sums are simple prefixes);
//   overdue(M) = invoiced with due date before M − applied up to M to invoices due before M.
// So from the last date (the dashboard's own figures) each earlier one follows by taking off what
// happened in between: invoices issued and allocations dated in the month; invoices falling due in
// it, less what was applied to them (in the month, or earlier). Every read is a range over the
// window only, so the cost follows the window's activity, not the age of the books.

export interface TrendPoint {
  date: IsoDate;
  receivable: number;
  overdue: number;
}

/** The last `months` month ends before asOf, oldest first, then asOf itself. */
export function trendDates(asOf: IsoDate, months: number): IsoDate[] {
  const dates: IsoDate[] = [];
  let end = addDays(`${asOf.slice(0, 8)}01`, -1);
  for (let i = 0; i < months; i++) {
    dates.unshift(end);
    end = addDays(`${end.slice(0, 8)}01`, -1);
  }
  if (dates.at(-1) !== asOf) dates.push(asOf);
  return dates;
}

function openAt(books: Books, date: IsoDate): { receivable: number; overdue: number } {
  const row = books
    .prepare(
      `SELECT COALESCE(SUM(open), 0) AS open, COALESCE(SUM(CASE WHEN due_date < @d THEN open ELSE 0 END), 0) AS overdue
         FROM (${openInvoicesAt}) WHERE open > 0`,
    )
    .get({ d: date }) as { open: number; overdue: number };
  return { receivable: row.open, overdue: row.overdue };
}

type Deltas = Map<number, number>;

function byStep(books: Books, sql: string, steps: string): Deltas {
  const rows = books.prepare(sql).all({ steps }) as { j: number; amount: number }[];
  return new Map(rows.map((r) => [r.j, r.amount]));
}

/**
 * Open invoices (gross, before unapplied credit) and the overdue part, at each date. The dates must
 * be ascending; the last is `last` when the caller has it (else read directly), the rest by the
 * deltas above.
 */
export function trend(
  books: Books,
  dates: readonly IsoDate[],
  last?: Omit<TrendPoint, 'date'>,
): TrendPoint[] {
  if (dates.length === 0) return [];
  const end = dates.at(-1)!;
  // Step j runs from dates[j-1] (exclusive) to dates[j] (inclusive).
  const steps = JSON.stringify(dates.slice(1).map((to, i) => ({ j: i + 1, prev: dates[i], to })));
  // Materialised: read once, not once per joined row.
  const stepsCte = `WITH s AS MATERIALIZED (SELECT json_extract(value, '$.j') AS j, json_extract(value, '$.prev') AS prev,
                                      json_extract(value, '$.to') AS "to" FROM json_each(@steps))`;
  const issued = byStep(
    books,
    `${stepsCte} SELECT s.j, SUM(i.total) AS amount FROM s
       JOIN invoices i INDEXED BY invoices_issue_date ON i.issue_date > s.prev AND i.issue_date <= s."to" GROUP BY s.j`,
    steps,
  );
  // Applied in the step, and of that what went to invoices already due by its end…
  const applied = books
    .prepare(
      `${stepsCte} SELECT s.j, SUM(a.amount) AS amount, SUM(a.amount) FILTER (WHERE i.due_date < s."to") AS due FROM s
         JOIN allocations a INDEXED BY allocations_date ON a.date > s.prev AND a.date <= s."to"
         JOIN invoices i ON i.id = a.invoice_id GROUP BY s.j`,
    )
    .all({ steps }) as { j: number; amount: number; due: number | null }[];
  const appliedIn = new Map(applied.map((r) => [r.j, r.amount]));
  const appliedToDue = new Map(applied.map((r) => [r.j, r.due ?? 0]));
  const fallingDue = byStep(
    books,
    `${stepsCte} SELECT s.j, SUM(i.total) AS amount FROM s
       JOIN invoices i INDEXED BY invoices_due_date ON i.due_date >= s.prev AND i.due_date < s."to" GROUP BY s.j`,
    steps,
  );
  // …and applied earlier to invoices that fell due in the step.
  const appliedBeforeDue = byStep(
    books,
    `${stepsCte} SELECT s.j, SUM(a.amount) AS amount FROM s
       JOIN invoices i INDEXED BY invoices_due_date ON i.due_date >= s.prev AND i.due_date < s."to"
       JOIN allocations a ON a.invoice_id = i.id AND a.date <= s.prev GROUP BY s.j`,
    steps,
  );
  const points: TrendPoint[] = new Array(dates.length);
  points[dates.length - 1] = { date: end, ...(last ?? openAt(books, end)) };
  for (let j = dates.length - 1; j > 0; j--) {
    const after = points[j]!;
    points[j - 1] = {
      date: dates[j - 1]!,
      receivable: after.receivable - (issued.get(j) ?? 0) + (appliedIn.get(j) ?? 0),
      overdue:
        after.overdue -
        (fallingDue.get(j) ?? 0) +
        (appliedToDue.get(j) ?? 0) +
        (appliedBeforeDue.get(j) ?? 0),
    };
  }
  return points;
}
