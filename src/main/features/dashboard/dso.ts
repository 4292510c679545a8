import type { DsoStep } from '../../../shared/contract/dashboard';
import { addDays, daysBetween, endOfMonth, type IsoDate } from '../../../shared/dates';

// Days sales outstanding by the countback method: start from what is owed on the date and count back
// through the sales of each period (this month so far, then whole months) until they add up to it.
// Every whole period counted adds its days; the last one adds the share of its days that its sales
// cover. With R owed and months M0 (to date), M1, M2, …:
//   DSO = days(M0) + days(M1) + … + days(Mk) × (R − sales(M0..Mk-1)) / sales(Mk).
// Unlike "owed ÷ sales × days", it is not thrown by a seasonal month. Beyond a year of sales it stops:
// "more than a year" says enough.

const MAX_PERIODS = 13;

export interface Countback {
  days: number | null;
  steps: DsoStep[];
}

/** The periods counted back from a date: the month to date first, then whole months. */
export function periodsBack(asOf: IsoDate, count: number): { from: IsoDate; to: IsoDate; days: number }[] {
  const periods: { from: IsoDate; to: IsoDate; days: number }[] = [];
  let to = asOf;
  for (let i = 0; i < count; i++) {
    const from = `${to.slice(0, 8)}01`;
    periods.push({ from, to, days: daysBetween(from, to) + 1 });
    to = endOfMonth(addDays(from, -1));
  }
  return periods;
}

export function countback(
  owed: number,
  asOf: IsoDate,
  salesIn: (from: IsoDate, to: IsoDate) => number,
): Countback {
  const steps: DsoStep[] = [];
  if (owed <= 0) return { days: 0, steps };
  let left = owed;
  let days = 0;
  for (const period of periodsBack(asOf, MAX_PERIODS)) {
    const sales = salesIn(period.from, period.to);
    if (sales >= left) {
      const part = (period.days * left) / sales;
      steps.push({ from: period.from, to: period.to, sales, days: round1(part) });
      return { days: round1(days + part), steps };
    }
    steps.push({ from: period.from, to: period.to, sales, days: period.days });
    days += period.days;
    left -= sales;
  }
  return { days: null, steps };
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
