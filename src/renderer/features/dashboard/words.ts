import type { Dashboard, DsoStep } from '../../../shared/contract/dashboard';
import { daysBetween, daysInMonth } from '../../../shared/dates';
import { minorDigits, toDecimalString } from '../../../shared/money';

// How the dashboard says its figures in words. Pure functions, tested in words.test.ts: every figure
// itself (DSO, lateness, what was collected) comes from main; this only puts it into sentences.

/** What the sentences need to write amounts, dates and numbers the owner's way. */
export interface Say {
  money: (minor: number) => string;
  date: (iso: string) => string;
  locale: string;
}

const numbers = new Map<string, Intl.NumberFormat>();

function number(value: number, locale: string, min: number, max: number): string {
  const key = `${locale}|${min}|${max}`;
  let format = numbers.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max });
    numbers.set(key, format);
  }
  return format.format(value);
}

/** "1 day", "49 days", "45.5 days". */
export function dayCount(days: number, locale: string): string {
  return `${number(days, locale, 0, 1)} ${days === 1 ? 'day' : 'days'}`;
}

/** "41%", "0%", "<1%" (a sliver of lateness is not nothing). */
export function sharePercent(share: number, locale: string): string {
  if (share > 0 && share < 0.005) return `<${number(1, locale, 0, 0)}%`;
  return `${number(Math.round(share * 100), locale, 0, 0)}%`;
}

/** "November", or "November 2025" when the year is not the one of the date asked about. */
function monthName(iso: string, asOf: string, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { month: 'long', timeZone: 'UTC' };
  if (iso.slice(0, 4) !== asOf.slice(0, 4)) options.year = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * One step of the countback: "23 days of November so far (£280.00 sold)", "31 days of October (…)",
 * or, for the period that covers the rest, "26.0 of 31 days of October (£250.50 sold)".
 */
export function dsoStepWords(step: DsoStep, asOf: string, say: Say): string {
  const periodDays = daysBetween(step.from, step.to) + 1;
  const month = monthName(step.from, asOf, say.locale);
  const [year, m, day] = step.to.split('-').map(Number) as [number, number, number];
  const soFar = day < daysInMonth(year, m) ? ' so far' : '';
  const counted =
    step.days === periodDays
      ? `${number(periodDays, say.locale, 0, 0)} days`
      : `${number(step.days, say.locale, 1, 1)} of ${number(periodDays, say.locale, 0, 0)} days`;
  return `${counted} of ${month}${soFar} (${say.money(step.sales)} sold)`;
}

/** The whole countback in one sentence, for the tooltip of the DSO figure. */
export function dsoExplanation(dso: Dashboard['dso'], owed: number, asOf: string, say: Say): string {
  if (owed <= 0) return 'Nothing is owed on this date, so no days of sales are outstanding.';
  const steps = dso.steps.map((s) => dsoStepWords(s, asOf, say));
  const start = `Counted back from what is owed (${say.money(owed)}): `;
  if (dso.days === null) {
    return `${start}a whole year of sales does not add up to it, so it is more than a year.`;
  }
  return `${start}${steps.join(' + ')} = ${dayCount(dso.days, say.locale)}.`;
}

/** This month's collections against last month's, in words, not only a colour. */
export interface CollectedWords {
  direction: 'up' | 'down' | 'same';
  /** "October", or "December 2025" across a new year. */
  lastMonth: string;
  /** "Up £120.00 on October", "£80.00 short of October, 7 days to go". */
  comparison: string;
}

export function collectedWords(collected: Dashboard['collected'], asOf: string, say: Say): CollectedWords {
  const { thisMonth, lastMonth } = collected;
  const last = monthName(lastMonth.from, asOf, say.locale);
  const difference = thisMonth.amount - lastMonth.amount;
  if (difference === 0) return { direction: 'same', lastMonth: last, comparison: `The same as in ${last}` };
  if (difference > 0)
    return { direction: 'up', lastMonth: last, comparison: `Up ${say.money(difference)} on ${last}` };
  const [year, month, day] = thisMonth.to.split('-').map(Number) as [number, number, number];
  const left = daysInMonth(year, month) - day;
  const shortBy = `${say.money(-difference)} short of ${last}`;
  // A month under way is not yet behind: say how much of it is left.
  if (left > 0) {
    return {
      direction: 'down',
      lastMonth: last,
      comparison: `${shortBy}, ${dayCount(left, say.locale)} to go`,
    };
  }
  return { direction: 'down', lastMonth: last, comparison: `Down ${say.money(-difference)} on ${last}` };
}

/** The note under the average lateness: how many payments it stands for. */
export function latenessNote(lateness: Dashboard['lateness'], say: Say): string {
  if (lateness.averageDaysLate === null) return 'No payments came in the last 90 days.';
  const count = number(lateness.payments, say.locale, 0, 0);
  return `${count} ${lateness.payments === 1 ? 'payment' : 'payments'} since ${say.date(lateness.from)}, weighted by amount`;
}

const compacts = new Map<string, Intl.NumberFormat>();

/** "£1.2M", "£350K", "£90": short amounts for chart axes (display only; the tables show every penny). */
export function compactMoney(minor: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let format = compacts.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    compacts.set(key, format);
  }
  return format.format(toDecimalString(Math.round(minor), minorDigits(currency)) as `${number}`);
}

/** A trend point's label on the axis: month ends as "Nov 25", the date itself as "23 Nov". */
export function trendLabel(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(`${iso}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    day === daysInMonth(year, month)
      ? { month: 'short', year: '2-digit', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** "1,427 customers", "1 invoice". */
export function counted(n: number, one: string, locale: string): string {
  return `${number(n, locale, 0, 0)} ${n === 1 ? one : `${one}s`}`;
}

/** How a drill-down's list agrees with the figure clicked: said, and checked, every time. */
export function drillAgreement(
  request: { figure: number; figureName: string; measure: 'all' | 'overdue' },
  listed: { total: number; overdue: number },
  tag: string | null,
  say: Say,
): string {
  const figure = say.money(request.figure);
  if (tag) {
    const part = request.measure === 'overdue' ? listed.overdue : listed.total;
    return `Customers tagged “${tag}” account for ${say.money(part)} of the ${figure}.`;
  }
  if (request.measure === 'overdue') {
    return listed.overdue === request.figure
      ? `${figure} of it is overdue: their bar on the dashboard, to the penny.`
      : `The dashboard showed ${figure} overdue; the books have changed since, and this list is up to date.`;
  }
  return listed.total === request.figure
    ? `This adds up to ${figure}: “${request.figureName}” on the dashboard, to the penny.`
    : `The dashboard showed ${figure}; the books have changed since, and this list is up to date.`;
}
