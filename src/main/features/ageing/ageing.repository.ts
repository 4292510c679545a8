import type { AgeingOptions } from '../../../shared/contract/ageing';
import { addDays, type IsoDate } from '../../../shared/dates';
import type { Books } from '../../db/books';

// Ageing as of a date D, in SQL. An invoice counts when issued on or before D; what was open on
// D is today's open amount plus whatever was applied to it after D. Candidates are only the
// invoices still open (a small partial index) and those paid after D (an index range), so the
// cost follows what was open on D, not the size of the books. Receipts' credit works the same way.

export interface BucketAmountRow {
  customer_id: number;
  bucket: number;
  amount: number;
  invoices: number;
}

export interface CreditRow {
  customer_id: number;
  credit: number;
}

export const openInvoicesAt = `
  SELECT i.id, i.number, i.customer_id, i.due_date, i.issue_date,
         i.open_amount + COALESCE((SELECT SUM(a.amount) FROM allocations a
                                   WHERE a.invoice_id = i.id AND a.date > @d), 0) AS open
    FROM invoices i INDEXED BY invoices_open
   WHERE i.paid_on IS NULL AND i.issue_date <= @d
  UNION ALL
  SELECT i.id, i.number, i.customer_id, i.due_date, i.issue_date,
         (SELECT SUM(a.amount) FROM allocations a WHERE a.invoice_id = i.id AND a.date > @d) AS open
    FROM invoices i INDEXED BY invoices_paid_on
   WHERE i.paid_on > @d AND i.issue_date <= @d`;

export const receiptCreditAt = (
  table: 'payments' | 'credit_notes',
  column: 'payment_id' | 'credit_note_id',
) => `
  SELECT r.customer_id,
         r.unapplied + COALESCE((SELECT SUM(a.amount) FROM allocations a
                                 WHERE a.${column} = r.id AND a.date > @d), 0) AS credit
    FROM ${table} r INDEXED BY ${table}_open
   WHERE r.applied_on IS NULL AND r.date <= @d
  UNION ALL
  SELECT r.customer_id,
         (SELECT SUM(a.amount) FROM allocations a WHERE a.${column} = r.id AND a.date > @d) AS credit
    FROM ${table} r INDEXED BY ${table}_applied_on
   WHERE r.applied_on > @d AND r.date <= @d`;

/**
 * Bucket index per invoice. By due date: 0 = not yet due, then one per limit of days overdue, then the
 * rest. By invoice date: one per limit of days since the invoice, then the rest. Dates are compared
 * as text against D minus each limit, worked out once, so the SQL does no date arithmetic per row.
 */
export function bucketCase({ limits, basis }: AgeingOptions): string {
  if (basis === 'issue') {
    const whens = limits.map((_, i) => `WHEN issue_date >= @b${i} THEN ${i}`);
    return `CASE ${whens.join(' ')} ELSE ${limits.length} END`;
  }
  const whens = [
    'WHEN due_date >= @d THEN 0',
    ...limits.map((_, i) => `WHEN due_date >= @b${i} THEN ${i + 1}`),
  ];
  return `CASE ${whens.join(' ')} ELSE ${limits.length + 1} END`;
}

export function bucketParams(asOf: IsoDate, { limits }: AgeingOptions): Record<string, string> {
  const params: Record<string, string> = { d: asOf };
  limits.forEach((limit, i) => {
    params[`b${i}`] = addDays(asOf, -limit);
  });
  return params;
}

/** All customers, or one (customerId): the same SQL, so a customer's page agrees with the report. */
export function bucketAmountsByCustomer(
  books: Books,
  asOf: IsoDate,
  options: AgeingOptions,
  customerId?: number,
): BucketAmountRow[] {
  const one = customerId === undefined ? '' : 'AND customer_id = @c';
  const sql = `
    SELECT customer_id, ${bucketCase(options)} AS bucket, SUM(open) AS amount, COUNT(*) AS invoices
      FROM (${openInvoicesAt}) WHERE open > 0 ${one}
     GROUP BY customer_id, bucket`;
  return books
    .prepare(sql)
    .all({ ...bucketParams(asOf, options), ...oneCustomer(customerId) }) as BucketAmountRow[];
}

export function creditByCustomer(books: Books, asOf: IsoDate, customerId?: number): CreditRow[] {
  const one = customerId === undefined ? '' : 'AND customer_id = @c';
  const sql = `
    SELECT customer_id, SUM(credit) AS credit
      FROM (${receiptCreditAt('payments', 'payment_id')} UNION ALL ${receiptCreditAt('credit_notes', 'credit_note_id')})
     WHERE credit > 0 ${one}
     GROUP BY customer_id`;
  return books.prepare(sql).all({ d: asOf, ...oneCustomer(customerId) }) as CreditRow[];
}

const oneCustomer = (customerId: number | undefined) => (customerId === undefined ? {} : { c: customerId });

export function customersByIds(books: Books, ids: number[]): { id: number; ref: string; name: string }[] {
  if (ids.length === 0) return [];
  const json = JSON.stringify(ids);
  return books
    .prepare('SELECT id, ref, name FROM customers WHERE id IN (SELECT value FROM json_each(?))')
    .all(json) as { id: number; ref: string; name: string }[];
}
