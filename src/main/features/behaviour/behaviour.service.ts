import {
  BEHAVIOUR_LABELS,
  type BehaviourAllInput,
  type BehaviourClass,
  type BehaviourCustomerInput,
  type BehaviourFigures,
  type BehaviourHabits,
  type BehaviourList,
  type BehaviourSummary,
  type CustomerBehaviour,
} from '../../../shared/contract/behaviour';
import type { IsoDate } from '../../../shared/dates';
import { naturalCompare } from '../../../shared/natural-compare';
import type { Ctx } from '../../context';
import { recall, remember } from '../../db/memo';
import { getCustomer } from '../customers/customers.service';
import { getSettings } from '../settings/settings.service';
import {
  type HabitRow,
  habitRows,
  type OwedRow,
  owedRows,
  pointRows,
  type Scope,
} from './behaviour.repository';
import { BEHAVIOUR_RULES as R } from './behaviour-rules';
import { classify } from './classify';

// A customer's payment behaviour, or every customer's, as of a date (today by default). SQL does the
// counting and averaging; here the rows become figures (rounded for people) and classify() names the
// class. Each call reads the books in one transaction, so the figures agree with each other.

const oneDecimal = (x: number) => Math.round(x * 10) / 10;
const twoDecimals = (x: number) => Math.round(x * 100) / 100;

/** Averages are rounded before classify() reads them, so the class always agrees with the figures shown. */
function habitsFrom(row: HabitRow): BehaviourHabits {
  return {
    judged: row.judged,
    waiting: row.waiting,
    recent: row.recent,
    onTime: row.on_time,
    lateUnpaid: row.late_unpaid,
    averageDaysLate: row.average === null ? null : oneDecimal(row.average),
    longestDaysLate: row.longest_code === null ? null : Math.floor(row.longest_code / 2),
    longestUnpaid: row.longest_code !== null && row.longest_code % 2 === 1,
    trend:
      row.trend_recent === R.trendRecent && row.trend_earlier > 0
        ? {
            recentInvoices: row.trend_recent,
            recentAverageDaysLate: oneDecimal(row.trend_recent_average ?? 0),
            recentUnpaid: row.trend_recent_unpaid,
            earlierInvoices: row.trend_earlier,
            earlierAverageDaysLate: oneDecimal(row.trend_earlier_average ?? 0),
          }
        : null,
  };
}

function figuresFrom(row: HabitRow, owed: OwedRow): BehaviourFigures {
  const habits = habitsFrom(row);
  const limit = owed.credit_limit;
  return {
    ...habits,
    onTimeShare: habits.recent > 0 ? twoDecimals(habits.onTime / habits.recent) : null,
    medianDaysLate: row.median,
    exposure: {
      owed: owed.owed,
      creditLimit: limit,
      limitUsed: limit !== null && limit > 0 ? twoDecimals(owed.owed / limit) : null,
      overLimit: limit !== null && owed.owed > limit,
    },
  };
}

function summary(habits: BehaviourHabits): BehaviourSummary {
  const { class: cls, reason } = classify(habits);
  return { class: cls, label: BEHAVIOUR_LABELS[cls], reason };
}

interface Figured {
  owed: OwedRow;
  figures: BehaviourFigures;
}

function figuresFor(ctx: Ctx, asOf: IsoDate, scope: Scope): Figured[] {
  const habits = new Map(habitRows(ctx.books, asOf, scope, 'figures').map((r) => [r.customer_id, r]));
  return owedRows(ctx.books, asOf, scope).map((owed) => ({
    owed,
    figures: figuresFrom(habits.get(owed.customer_id)!, owed),
  }));
}

export function customerBehaviour(ctx: Ctx, input: BehaviourCustomerInput): CustomerBehaviour {
  const asOf = input.asOf ?? ctx.clock.today();
  return ctx.books.sqlite
    .transaction(() => {
      getCustomer(ctx, input.id); // a clear "not found" for an unknown id
      const [one] = figuresFor(ctx, asOf, { customerIds: [input.id] });
      const figures = one!.figures;
      return {
        asOf,
        currency: getSettings(ctx).currency,
        customerId: input.id,
        ...summary(figures),
        figures,
        points: pointRows(ctx.books, asOf, input.id).map((p) => ({
          invoiceId: p.id,
          number: p.number,
          dueDate: p.due_date,
          paidOn: p.paid_on,
          daysLate: p.late,
          amount: p.amount,
          open: p.open === 1,
        })),
      };
    })
    .deferred();
}

export function allBehaviour(ctx: Ctx, input: BehaviourAllInput = {}): BehaviourList {
  const asOf = input.asOf ?? ctx.clock.today();
  return ctx.books.sqlite
    .transaction(() => ({
      asOf,
      currency: getSettings(ctx).currency,
      rows: figuresFor(ctx, asOf, {})
        .map(({ owed, figures }) => ({
          customerId: owed.customer_id,
          ref: owed.ref,
          name: owed.name,
          ...summary(figures),
          figures,
        }))
        .sort((a, b) => naturalCompare(a.ref, b.ref)),
    }))
    .deferred();
}

/** A customer's class, label and reason, for their page (which shows no figures). */
export function behaviourSummary(ctx: Ctx, asOf: IsoDate, customerId: number): BehaviourSummary {
  const [row] = habitRows(ctx.books, asOf, { customerIds: [customerId] }, 'figures');
  return summary(habitsFrom(row!));
}

/** Below this many customers the classes are worked out for just those; above, for everyone. */
const FEW = 500;

/**
 * Each customer's class, for the customers list. Only the class: it never depends on the full count
 * of judged invoices or on those still waiting, which the reason may mention, so those are not
 * counted here. Every customer's classes (about 80 ms on 5,000 customers) are remembered until the
 * books change, so searching and sorting the list does not pay for them again.
 */
export function behaviourClasses(
  ctx: Ctx,
  asOf: IsoDate,
  customerIds: readonly number[],
): Map<number, BehaviourClass> {
  const key = `behaviour-classes:${asOf}`;
  const all = recall<Map<number, BehaviourClass>>(ctx.books, key);
  if (all) return all;
  if (customerIds.length === 0) return new Map();
  if (customerIds.length < FEW) return classesOf(ctx, asOf, { customerIds });
  return remember(ctx.books, key, classesOf(ctx, asOf, {}));
}

function classesOf(ctx: Ctx, asOf: IsoDate, scope: Scope): Map<number, BehaviourClass> {
  const result = new Map<number, BehaviourClass>();
  for (const row of habitRows(ctx.books, asOf, scope, 'class')) {
    result.set(row.customer_id, classify(habitsFrom(row)).class);
  }
  return result;
}
