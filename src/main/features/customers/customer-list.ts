import { BEHAVIOUR_LABELS } from '../../../shared/contract/behaviour';
import {
  type CustomerList,
  type CustomerListInput,
  type CustomerListRow,
  customerListInput,
} from '../../../shared/contract/customers';
import { daysBetween } from '../../../shared/dates';
import type { Ctx } from '../../context';
import { openInvoicesAt, receiptCreditAt } from '../ageing/ageing.repository';
import { behaviourClasses } from '../behaviour/behaviour.service';
import { getSettings } from '../settings/settings.service';
import { nameKey } from './customer-names';

// The customers list: every customer with what they owe today, how much of it is overdue and how
// late the oldest unpaid invoice is, searched and sorted in SQL. One query, whatever the number of
// customers, and one more for how each of the rows returned pays; the screen virtualises the rows.

interface Row {
  id: number;
  ref: string;
  name: string;
  email: string;
  tags: string | null;
  balance: number;
  overdue: number;
  oldest_due: string | null;
  open_invoices: number;
}

/** Each sort in its natural order, and reversed; customers with nothing overdue always go last. */
const ORDER: Record<CustomerListInput['sort'] & string, [natural: string, reversed: string]> = {
  balance: ['balance DESC', 'balance ASC'],
  overdue: ['oldest_due IS NULL, oldest_due ASC', 'oldest_due IS NULL, oldest_due DESC'],
  name: ['c.name COLLATE NOCASE ASC', 'c.name COLLATE NOCASE DESC'],
};

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function listCustomers(ctx: Ctx, raw: CustomerListInput): CustomerList {
  const input = customerListInput.parse(raw);
  const { books } = ctx;
  const today = ctx.clock.today();
  const search = input.search;
  const filters: string[] = [];
  const params: Record<string, string | number> = { d: today };
  if (search !== '') {
    params.q = likePattern(search);
    params.k = likePattern(nameKey(search));
    filters.push(`(c.name LIKE @q ESCAPE '\\' OR c.name_key LIKE @k ESCAPE '\\' OR c.ref LIKE @q ESCAPE '\\'
      OR c.email LIKE @q ESCAPE '\\' OR c.id IN (SELECT customer_id FROM invoices WHERE number LIKE @q ESCAPE '\\'))`);
  }
  if (input.tag) {
    params.tag = input.tag;
    filters.push('c.id IN (SELECT customer_id FROM customer_tags WHERE tag = @tag)');
  }
  const order = ORDER[input.sort][input.reverse ? 1 : 0];
  const sql = `
    WITH open_invoices AS (
      SELECT customer_id, SUM(open) AS open_total,
             SUM(CASE WHEN due_date < @d THEN open ELSE 0 END) AS overdue,
             MIN(CASE WHEN due_date < @d THEN due_date END) AS oldest_due,
             COUNT(*) AS n
        FROM (${openInvoicesAt}) WHERE open > 0 GROUP BY customer_id),
    credits AS (
      SELECT customer_id, SUM(credit) AS credit
        FROM (${receiptCreditAt('payments', 'payment_id')} UNION ALL ${receiptCreditAt('credit_notes', 'credit_note_id')})
       WHERE credit > 0 GROUP BY customer_id),
    tags AS (SELECT customer_id, group_concat(tag, char(31)) AS tags FROM customer_tags GROUP BY customer_id)
    SELECT c.id, c.ref, c.name, c.email, t.tags,
           COALESCE(o.open_total, 0) - COALESCE(cr.credit, 0) AS balance,
           COALESCE(o.overdue, 0) AS overdue, o.oldest_due, COALESCE(o.n, 0) AS open_invoices
      FROM customers c
      LEFT JOIN open_invoices o ON o.customer_id = c.id
      LEFT JOIN credits cr ON cr.customer_id = c.id
      LEFT JOIN tags t ON t.customer_id = c.id
     ${filters.length > 0 ? `WHERE ${filters.join(' AND ')}` : ''}
     ORDER BY ${order}, c.name COLLATE NOCASE, c.ref`;
  const rows = books.prepare(sql).all(params) as Row[];
  const classes = behaviourClasses(
    ctx,
    today,
    rows.map((r) => r.id),
  );
  const totals = { balance: 0, overdue: 0 };
  for (const r of rows) {
    totals.balance += r.balance;
    totals.overdue += r.overdue;
  }
  return {
    asOf: today,
    currency: getSettings(ctx).currency,
    total: books.prepare('SELECT COUNT(*) FROM customers').pluck().get() as number,
    totals,
    rows: rows.map((r): CustomerListRow => {
      const behaviourClass = classes.get(r.id)!;
      return {
        id: r.id,
        ref: r.ref,
        name: r.name,
        email: r.email,
        tags: r.tags ? r.tags.split('\u001f').sort() : [],
        balance: r.balance,
        overdue: r.overdue,
        oldestDaysOverdue: r.oldest_due ? daysBetween(r.oldest_due, today) : null,
        openInvoices: r.open_invoices,
        behaviourClass,
        behaviourLabel: BEHAVIOUR_LABELS[behaviourClass],
      };
    }),
  };
}
