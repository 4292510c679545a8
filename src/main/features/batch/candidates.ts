import type { BatchCandidate, BatchCandidates, BatchKind } from '../../../shared/contract/batch';
import { daysBetween, type IsoDate } from '../../../shared/dates';
import { naturalCompare } from '../../../shared/natural-compare';
import type { Ctx } from '../../context';
import { creditByCustomer, openInvoicesAt } from '../ageing/ageing.repository';
import { getSettings } from '../settings/settings.service';

// Whom "everyone overdue" and "everyone with a balance" pick on a date, with the figures the batch
// screen lists beside each name. The ageing's own SQL (what was open on D), so a batch agrees with
// the dashboard and the reports to the penny.
//
// Overdue: something is past its due date on D (the invoices a reminder letter is about) AND the
// customer owes something overall, so nobody whose credit covers it is asked to pay.
// Open (statements): any balance on D, owed or in credit; a customer whose invoices and credit
// cancel out has nothing to be told.

interface OpenRow {
  customer_id: number;
  open: number;
  overdue: number;
  oldest_due: string | null;
}

interface CustomerRow {
  id: number;
  ref: string;
  name: string;
  email: string;
}

function customerFigures(ctx: Ctx, asOf: IsoDate): BatchCandidate[] {
  const { books } = ctx;
  const open = books
    .prepare(
      `SELECT customer_id, SUM(open) AS open,
              SUM(CASE WHEN due_date < @d THEN open ELSE 0 END) AS overdue,
              MIN(CASE WHEN due_date < @d THEN due_date END) AS oldest_due
         FROM (${openInvoicesAt}) WHERE open > 0
        GROUP BY customer_id`,
    )
    .all({ d: asOf }) as OpenRow[];
  const figures = new Map<
    number,
    { open: number; overdue: number; oldestDue: string | null; credit: number }
  >();
  for (const r of open) {
    figures.set(r.customer_id, { open: r.open, overdue: r.overdue, oldestDue: r.oldest_due, credit: 0 });
  }
  for (const c of creditByCustomer(books, asOf)) {
    const f = figures.get(c.customer_id);
    if (f) f.credit = c.credit;
    else figures.set(c.customer_id, { open: 0, overdue: 0, oldestDue: null, credit: c.credit });
  }
  if (figures.size === 0) return [];
  const customers = books
    .prepare('SELECT id, ref, name, email FROM customers WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...figures.keys()])) as CustomerRow[];
  return customers
    .map((c): BatchCandidate => {
      const f = figures.get(c.id)!;
      const balance = f.open - f.credit;
      return {
        id: c.id,
        ref: c.ref,
        name: c.name,
        email: c.email.trim(),
        balance,
        overdue: f.overdue,
        daysOverdue: f.oldestDue === null ? 0 : daysBetween(f.oldestDue, asOf),
        inOverdue: f.overdue > 0 && balance > 0,
        inOpen: balance !== 0,
      };
    })
    .sort((a, b) => naturalCompare(a.ref, b.ref));
}

/** What 'overdue' (letters) or 'open' (statements) would pick on the date, by reference. */
export function batchCandidates(
  ctx: Ctx,
  input: { kind: BatchKind; asOf?: IsoDate | undefined },
): BatchCandidates {
  const asOf = input.asOf ?? ctx.clock.today();
  return ctx.books.sqlite
    .transaction((): BatchCandidates => {
      const all = customerFigures(ctx, asOf);
      return {
        kind: input.kind,
        asOf,
        currency: getSettings(ctx).currency,
        customers: all.filter((c) => (input.kind === 'letter' ? c.inOverdue : c.inOpen)),
      };
    })
    .deferred();
}

/** The customers a selection picks, by reference. */
export function selectCustomers(ctx: Ctx, selection: 'overdue' | 'open', asOf: IsoDate): BatchCandidate[] {
  return customerFigures(ctx, asOf).filter((c) => (selection === 'overdue' ? c.inOverdue : c.inOpen));
}
