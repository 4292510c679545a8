import type {
  BatchCandidate,
  BatchCandidates,
  BatchKind,
  BatchSelection,
} from '../../../shared/contract/batch';
import type { Tone } from '../../../shared/contract/templates';
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
// Upcoming (courtesy notes): something open and not yet due on D (what the note is about), and a
// balance overall, so nobody whose credit covers it is told a payment falls due.

interface OpenRow {
  customer_id: number;
  open: number;
  overdue: number;
  oldest_due: string | null;
  next_due: string | null;
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
              MIN(CASE WHEN due_date < @d THEN due_date END) AS oldest_due,
              MIN(CASE WHEN due_date >= @d THEN due_date END) AS next_due
         FROM (${openInvoicesAt}) WHERE open > 0
        GROUP BY customer_id`,
    )
    .all({ d: asOf }) as OpenRow[];
  const figures = new Map<number, { row: OpenRow | undefined; credit: number }>();
  for (const r of open) figures.set(r.customer_id, { row: r, credit: 0 });
  for (const c of creditByCustomer(books, asOf)) {
    const f = figures.get(c.customer_id);
    if (f) f.credit = c.credit;
    else figures.set(c.customer_id, { row: undefined, credit: c.credit });
  }
  if (figures.size === 0) return [];
  const customers = books
    .prepare('SELECT id, ref, name, email FROM customers WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...figures.keys()])) as CustomerRow[];
  return customers
    .map((c): BatchCandidate => {
      const { row, credit } = figures.get(c.id)!;
      const open = row?.open ?? 0;
      const overdue = row?.overdue ?? 0;
      const balance = open - credit;
      return {
        id: c.id,
        ref: c.ref,
        name: c.name,
        email: c.email.trim(),
        balance,
        overdue,
        daysOverdue: row?.oldest_due ? daysBetween(row.oldest_due, asOf) : 0,
        notDue: open - overdue,
        nextDue: row?.next_due ?? null,
        inOverdue: overdue > 0 && balance > 0,
        inOpen: balance !== 0,
        inUpcoming: open > overdue && balance > 0,
      };
    })
    .sort((a, b) => naturalCompare(a.ref, b.ref));
}

const PICKS: Record<BatchSelection, (c: BatchCandidate) => boolean> = {
  overdue: (c) => c.inOverdue,
  open: (c) => c.inOpen,
  upcoming: (c) => c.inUpcoming,
};

/** The selection a batch of this kind (and tone) offers as "everyone": what its documents are about. */
export function selectionFor(kind: BatchKind, tone: Tone | undefined): BatchSelection {
  if (kind === 'statement') return 'open';
  return tone === 'courtesy' ? 'upcoming' : 'overdue';
}

/**
 * Everyone a batch of this kind and tone could go to on the date, by reference: with a balance
 * (statements), something not yet due (courtesy notes), or something overdue (reminders).
 */
export function batchCandidates(
  ctx: Ctx,
  input: { kind: BatchKind; tone?: Tone | undefined; asOf?: IsoDate | undefined },
): BatchCandidates {
  const asOf = input.asOf ?? ctx.clock.today();
  return ctx.books.sqlite
    .transaction((): BatchCandidates => {
      const all = customerFigures(ctx, asOf);
      return {
        kind: input.kind,
        asOf,
        currency: getSettings(ctx).currency,
        customers: all.filter(PICKS[selectionFor(input.kind, input.tone)]),
      };
    })
    .deferred();
}

/** The customers a selection picks, by reference. */
export function selectCustomers(ctx: Ctx, selection: BatchSelection, asOf: IsoDate): BatchCandidate[] {
  return customerFigures(ctx, asOf).filter(PICKS[selection]);
}
