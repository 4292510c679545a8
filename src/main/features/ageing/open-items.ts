import type { AgeingOptions } from '../../../shared/contract/ageing';
import { daysBetween, type IsoDate } from '../../../shared/dates';
import type { Books } from '../../db/books';
import { bucketCase, bucketParams, openInvoicesAt } from './ageing.repository';

// The invoices open on a date, each with what was still owed then and its bucket: what stands behind
// every ageing figure. The drill-down, the per-customer detail of the PDF report and statements read
// these, from the same SQL as the totals, so a list always adds up to the figure it explains.

export interface OpenItem {
  invoiceId: number;
  number: string;
  customerId: number;
  issueDate: IsoDate;
  dueDate: IsoDate;
  /** Still owed on the date. */
  open: number;
  /** Index into the buckets of the options used. */
  bucket: number;
  /** The date minus the due date: positive when overdue. */
  daysOverdue: number;
}

export interface OpenItemsFilter {
  customerIds?: readonly number[];
  bucket?: number;
  /** Only what is past its due date (whatever the basis of the buckets). */
  overdueOnly?: boolean;
  tag?: string;
}

interface Row {
  id: number;
  number: string;
  customer_id: number;
  issue_date: string;
  due_date: string;
  open: number;
  bucket: number;
}

export function openItems(
  books: Books,
  asOf: IsoDate,
  options: AgeingOptions,
  filter: OpenItemsFilter = {},
): OpenItem[] {
  const where = ['open > 0'];
  const params: Record<string, string | number> = { ...bucketParams(asOf, options) };
  if (filter.customerIds) {
    where.push('customer_id IN (SELECT value FROM json_each(@customers))');
    params.customers = JSON.stringify(filter.customerIds);
  }
  if (filter.overdueOnly) where.push('due_date < @d');
  if (filter.tag) {
    where.push('customer_id IN (SELECT customer_id FROM customer_tags WHERE tag = @tag)');
    params.tag = filter.tag;
  }
  const sql = `
    SELECT * FROM (SELECT id, number, customer_id, issue_date, due_date, open, ${bucketCase(options)} AS bucket
                     FROM (${openInvoicesAt}) WHERE ${where.join(' AND ')})
     ${filter.bucket === undefined ? '' : 'WHERE bucket = @bucket'}
     ORDER BY customer_id, due_date, number`;
  if (filter.bucket !== undefined) params.bucket = filter.bucket;
  const rows = books.prepare(sql).all(params) as Row[];
  return rows.map((r) => ({
    invoiceId: r.id,
    number: r.number,
    customerId: r.customer_id,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    open: r.open,
    bucket: r.bucket,
    daysOverdue: daysBetween(r.due_date, asOf),
  }));
}
