import { z } from 'zod';
import { idField, isoDateField } from './fields';

// How a customer pays, as of a date: figures from their history and a class in plain words, with the
// reason in one sentence. Amounts in minor units; days are calendar days.

export const BEHAVIOUR_CLASSES = ['reliable', 'occasional', 'chronic', 'worsening', 'new'] as const;
export type BehaviourClass = (typeof BEHAVIOUR_CLASSES)[number];

/** Each class in the words the owner reads. */
export const BEHAVIOUR_LABELS: Record<BehaviourClass, string> = {
  reliable: 'Reliable payer',
  occasional: 'Occasionally late',
  chronic: 'Chronically late',
  worsening: 'Getting worse',
  new: 'New customer',
};

export const behaviourCustomerInput = z.object({ id: idField, asOf: isoDateField.optional() });
export type BehaviourCustomerInput = z.input<typeof behaviourCustomerInput>;

export const behaviourAllInput = z.object({ asOf: isoDateField.optional() });
export type BehaviourAllInput = z.input<typeof behaviourAllInput>;

/** The last few judged invoices against the ones before them; averages weighted by amount. */
export interface BehaviourTrend {
  recentInvoices: number;
  recentAverageDaysLate: number;
  /** Of the recent ones, still unpaid on the date (late so far). */
  recentUnpaid: number;
  earlierInvoices: number;
  earlierAverageDaysLate: number;
}

/**
 * What the class is decided from. An invoice is judged once paid (days late: paid date minus due
 * date, 0 if early), or once unpaid past its due date by more than the grace (days late so far).
 */
export interface BehaviourHabits {
  /** Judged invoices in the whole history up to the date. */
  judged: number;
  /** Unpaid invoices not judged yet: not due, or only just (within the grace). */
  waiting: number;
  /** The last judged invoices the figures below describe (at most 10). */
  recent: number;
  /** Of those, paid within the grace. */
  onTime: number;
  /** Of those, late and still unpaid on the date. */
  lateUnpaid: number;
  /** Weighted by amount, one decimal; null without judged invoices. */
  averageDaysLate: number | null;
  longestDaysLate: number | null;
  /** The longest delay is an invoice still unpaid (late so far). */
  longestUnpaid: boolean;
  /** Null until there are 6 judged invoices and at least one before them. */
  trend: BehaviourTrend | null;
}

export interface BehaviourExposure {
  /** What they owe on the date: open invoices minus unapplied credit. */
  owed: number;
  /** Null: no limit set. */
  creditLimit: number | null;
  /** owed ÷ limit, two decimals; null without a limit (or a limit of 0). */
  limitUsed: number | null;
  overLimit: boolean;
}

export interface BehaviourFigures extends BehaviourHabits {
  /** onTime ÷ recent, two decimals; null without judged invoices. */
  onTimeShare: number | null;
  /** Weighted by amount: at least half the money came this late or earlier. */
  medianDaysLate: number | null;
  exposure: BehaviourExposure;
}

/** One judged invoice, for a chart of days late over time. */
export interface BehaviourPoint {
  invoiceId: number;
  number: string;
  dueDate: string;
  /** Null: unpaid on the date. */
  paidOn: string | null;
  /** So far, when unpaid. */
  daysLate: number;
  amount: number;
  open: boolean;
}

export interface BehaviourSummary {
  class: BehaviourClass;
  label: string;
  reason: string;
}

export interface CustomerBehaviour extends BehaviourSummary {
  asOf: string;
  currency: string;
  customerId: number;
  figures: BehaviourFigures;
  /** The last 36 judged invoices, oldest first. */
  points: BehaviourPoint[];
}

export interface BehaviourListRow extends BehaviourSummary {
  customerId: number;
  ref: string;
  name: string;
  figures: BehaviourFigures;
}

export interface BehaviourList {
  asOf: string;
  currency: string;
  /** Every customer, by reference. */
  rows: BehaviourListRow[];
}
