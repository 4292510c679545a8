import { z } from 'zod';
import { isoDateField } from './fields';

/** Upper day limits of the overdue buckets; the default gives current, 1-30, 31-60, 61-90, 90+. */
export const DEFAULT_BUCKET_LIMITS = [30, 60, 90] as const;

export type AgeingBasis = 'due' | 'issue';

export interface BucketDef {
  label: string;
  /** Days covered, inclusive: days overdue (due basis; `current` is everything not yet due), or days
   * since the invoice date (issue basis). Null: open-ended. */
  fromDays: number | null;
  toDays: number | null;
}

/**
 * The buckets for a set of limits. By due date: current (not yet due), 1-30, 31-60, 61-90, 90+. By
 * invoice date: 0-30, 31-60, 61-90, 90+ days since the invoice. Every open amount falls in exactly one.
 */
export function bucketDefs(
  limits: readonly number[] = DEFAULT_BUCKET_LIMITS,
  basis: AgeingBasis = 'due',
): BucketDef[] {
  const defs: BucketDef[] = basis === 'due' ? [{ label: 'current', fromDays: null, toDays: 0 }] : [];
  let from = basis === 'due' ? 1 : 0;
  for (const to of limits) {
    defs.push({ label: `${from}-${to}`, fromDays: from, toDays: to });
    from = to + 1;
  }
  defs.push({ label: `${limits.at(-1) ?? 0}+`, fromDays: from, toDays: null });
  return defs;
}

/**
 * A bucket's label as people read it, the same on screen and on paper: "current" → "Not yet due",
 * "1-30" → "1–30 days", "90+" → "Over 90 days".
 */
export function bucketHeading(label: string): string {
  if (label === 'current') return 'Not yet due';
  if (label.endsWith('+')) return `Over ${label.slice(0, -1)} days`;
  return `${label.replace('-', '–')} days`;
}

export interface AgeingCustomerRow {
  id: number;
  ref: string;
  name: string;
  /** Amount per bucket label, in minor units; every bucket present, zero when empty. */
  buckets: Record<string, number>;
  /** Unapplied payments and credit notes as of the date. */
  credit: number;
  /** Sum of buckets minus credit. */
  balance: number;
  openInvoices: number;
}

export interface AgeingReport {
  asOf: string;
  currency: string;
  buckets: { label: string; amount: number }[];
  totalOpen: number;
  unappliedCredit: number;
  openInvoices: number;
  customers: AgeingCustomerRow[];
}

export const ageingReportInput = z.object({ asOf: isoDateField.optional() });

/** The buckets and basis a report uses: the ones in Settings unless given. */
export interface AgeingOptions {
  limits: readonly number[];
  basis: AgeingBasis;
}
export type AgeingReportInput = z.input<typeof ageingReportInput>;
