import type { BehaviourExposure, BehaviourTrend } from '../../../../shared/contract/behaviour';

// How the "How they pay" panel says its figures. Pure, tested in behaviour-words.test.ts. Every
// figure (days late, shares, what is owed, the class itself) comes from main; these only choose words.

/** "4 days", "1 day", "0.4 days": main's one decimal, without a trailing ".0". */
export function daysWords(days: number): string {
  const whole = Number.isInteger(days);
  const n = days.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return whole && days === 1 ? '1 day' : `${n} days`;
}

/**
 * "9 of the last 10"; for a new customer's first few, "1 of 1 so far"; "Nothing to judge yet" before
 * any invoice was paid or fell overdue.
 */
export function onTimeWords(onTime: number, recent: number): string {
  if (recent === 0) return 'Nothing to judge yet';
  if (recent < 4) return `${onTime} of ${recent} so far`;
  return `${onTime} of the last ${recent}`;
}

/** Late on average, weighted by amount: "0.4 days", "None" when every penny came on time. */
export function averageWords(average: number | null): string {
  if (average === null) return '—';
  return average === 0 ? 'None' : daysWords(average);
}

/** The weighted median, after "Half the money came": "By the due date", "Within 4 days of the due date". */
export function medianWords(median: number | null): string {
  if (median === null) return '—';
  return median === 0 ? 'By the due date' : `Within ${daysWords(median)} of the due date`;
}

/** "4 days", "69 days so far (unpaid)", "None". */
export function longestWords(longest: number | null, unpaid: boolean): string {
  if (longest === null) return '—';
  if (longest === 0) return 'None';
  return unpaid ? `${daysWords(longest)} so far (unpaid)` : daysWords(longest);
}

export type TrendWay = 'later' | 'earlier' | 'same';

/** The earlier invoices' average, in brackets after "the 6 before": "all by the due date", "4 days". */
function cameWords(average: number): string {
  return average === 0 ? 'all by the due date' : daysWords(average);
}

/**
 * The last few against the ones before, as facts rather than a verdict (the class is main's verdict):
 * a difference under a day reads as the same, since the averages carry one decimal.
 */
export function trendWords(
  trend: BehaviourTrend | null,
): { label: string; value: string; note: string; way: TrendWay } | null {
  if (trend === null) return null;
  const recent = trend.recentAverageDaysLate;
  const earlier = trend.earlierAverageDaysLate;
  const way: TrendWay = recent - earlier >= 1 ? 'later' : earlier - recent >= 1 ? 'earlier' : 'same';
  const unpaid = trend.recentUnpaid > 0 ? `, ${trend.recentUnpaid} unpaid` : '';
  const headline = way === 'later' ? 'Later than' : way === 'earlier' ? 'Sooner than' : 'About the same as';
  return {
    label: `Last ${trend.recentInvoices} invoices`,
    value: recent === 0 ? 'All by their due date' : `${daysWords(recent)} late on average${unpaid}`,
    note: `${headline} the ${trend.earlierInvoices} before (${cameWords(earlier)})`,
    way,
  };
}

export type ExposureTone = 'calm' | 'near' | 'over' | 'credit';

/** Of the limit used, from this share on the bar turns warm: a nudge before it is too late. */
const NEAR_LIMIT = 0.8;

/**
 * What they owe against their credit limit: the value line, a note, how warm to look, and the bar's
 * fill (0–100), null without a limit.
 */
export function exposureWords(
  e: BehaviourExposure,
  money: (minor: number) => string,
): { value: string; note: string; tone: ExposureTone; bar: number | null } {
  if (e.owed < 0) {
    return { value: `${money(-e.owed)} in credit`, note: 'They owe you nothing', tone: 'credit', bar: null };
  }
  const limit = e.creditLimit;
  if (e.owed === 0) {
    const note = limit === null ? 'No credit limit set' : `Credit limit ${money(limit)}`;
    return { value: 'Nothing owed', note, tone: 'calm', bar: limit === null ? null : 0 };
  }
  if (limit === null) return { value: money(e.owed), note: 'No credit limit set', tone: 'calm', bar: null };
  const value = `${money(e.owed)} of ${money(limit)}`;
  const used = e.limitUsed ?? (e.owed > 0 ? Number.POSITIVE_INFINITY : 0);
  const bar = Math.min(100, Math.max(0, Math.round(used * 100)));
  if (e.overLimit) return { value, note: 'Over their credit limit', tone: 'over', bar: 100 };
  if (used >= NEAR_LIMIT) {
    return { value, note: `${bar}% of their credit limit: close to it`, tone: 'near', bar };
  }
  return { value, note: `${bar}% of their credit limit`, tone: 'calm', bar };
}

/** A point in the chart's table and tooltip: "On time", "4 days", "69 days so far (unpaid)". */
export function pointLateWords(daysLate: number, open: boolean): string {
  if (open) return `${daysWords(daysLate)} so far (unpaid)`;
  return daysLate === 0 ? 'On time' : daysWords(daysLate);
}
