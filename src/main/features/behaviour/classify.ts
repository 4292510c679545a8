import type { BehaviourClass, BehaviourHabits, BehaviourTrend } from '../../../shared/contract/behaviour';
import { BEHAVIOUR_RULES as R } from './behaviour-rules';

// From a customer's figures to a class and one sentence saying why, in the order the owner should
// hear it. Pure: no database, no clock; every threshold comes from BEHAVIOUR_RULES.
//
// Precedence, first match wins:
//   1. new         fewer than 4 judged invoices: too early to call a habit.
//   2. worsening   the last 6 at least 10 days later on average than the ones before, and twice as late:
//                  a change is the most useful news, so it goes before "chronic" (whose last 10 it may
//                  already look like).
//   3. chronic     under half of the last 10 on time, or 30+ days late on average.
//   4. reliable    8+ in 10 on time, under 7 days late on average, none over 30 days late.
//   5. occasional  the rest: mostly on time, with some real delays.
// What they owe against their credit limit is shown beside the class, never part of it: the class is
// how they pay, the exposure how much rides on it.

export interface Classified {
  class: BehaviourClass;
  reason: string;
}

export function classify(h: BehaviourHabits): Classified {
  if (h.judged < R.minJudged) return { class: 'new', reason: newReason(h) };
  if (h.trend && isWorsening(h.trend)) return { class: 'worsening', reason: worseningReason(h.trend) };
  const share = h.onTime / h.recent;
  const average = h.averageDaysLate ?? 0;
  if (share < R.chronicBelowOnTimeShare || average >= R.chronicFromAverageDays) {
    return { class: 'chronic', reason: chronicReason(h, share) };
  }
  const reliable =
    share >= R.reliableFromOnTimeShare &&
    average < R.reliableBelowAverageDays &&
    (h.longestDaysLate ?? 0) <= R.reliableMaxLongestDays;
  return { class: reliable ? 'reliable' : 'occasional', reason: mostlyOnTimeReason(h) };
}

function isWorsening(t: BehaviourTrend): boolean {
  return (
    t.earlierInvoices >= R.trendMinEarlier &&
    t.recentAverageDaysLate - t.earlierAverageDaysLate >= R.worseningRiseDays &&
    t.recentAverageDaysLate >= R.worseningRatio * t.earlierAverageDaysLate
  );
}

/** "1 invoice", "3 invoices". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const days = (n: number) => count(n, 'day');

/** An average in whole days; "under a day" rather than a misleading "0 days". */
function averageDays(x: number): string {
  const whole = Math.round(x);
  return whole === 0 && x > 0 ? 'under a day' : days(whole);
}

const late = (h: BehaviourHabits) => h.recent - h.onTime;

/** "the late one was 4 days late", "the other 3 were up to 20 days late, 1 still unpaid". */
function lateClause(h: BehaviourHabits): string {
  const longest = h.longestDaysLate ?? 0;
  if (late(h) === 1) {
    return h.longestUnpaid
      ? `the late one is ${days(longest)} overdue so far`
      : `the late one was ${days(longest)} late`;
  }
  const unpaid =
    h.lateUnpaid === 0
      ? ''
      : h.lateUnpaid === late(h)
        ? ', none of them paid yet'
        : `, ${h.lateUnpaid} still unpaid`;
  return `the other ${late(h)} were up to ${days(longest)} late${unpaid}`;
}

const lastN = (h: BehaviourHabits) => `of the last ${count(h.recent, 'invoice')}`;

function mostlyOnTimeReason(h: BehaviourHabits): string {
  if (late(h) === 0) return `Paid all ${lastN(h)} on time.`;
  return `Paid ${h.onTime} ${lastN(h)} on time; ${lateClause(h)}.`;
}

function chronicReason(h: BehaviourHabits, share: number): string {
  const average = averageDays(h.averageDaysLate ?? 0);
  if (share < R.chronicBelowOnTimeShare) {
    const unpaid = h.lateUnpaid > 0 ? `, with ${h.lateUnpaid} still unpaid` : '';
    return `Paid ${h.onTime === 0 ? 'none' : h.onTime} ${lastN(h)} on time; on average ${average} late${unpaid}.`;
  }
  return `Paid ${h.onTime} ${lastN(h)} on time, but on average ${average} late: ${lateClause(h)}.`;
}

function worseningReason(t: BehaviourTrend): string {
  const unpaid = t.recentUnpaid > 0 ? ` (${t.recentUnpaid} still unpaid)` : '';
  const recent = `The last ${count(t.recentInvoices, 'invoice')} came ${averageDays(t.recentAverageDaysLate)} late on average${unpaid}`;
  // An average of exactly 0 means every one of them was paid by its due date.
  if (t.earlierAverageDaysLate === 0) {
    return `${recent}; the ${t.earlierInvoices} before them were all paid by their due date.`;
  }
  return `${recent}, against ${averageDays(t.earlierAverageDaysLate)} before.`;
}

function newReason(h: BehaviourHabits): string {
  if (h.judged === 0) {
    if (h.waiting === 0) return 'No invoices yet: nothing to judge.';
    return h.waiting === 1
      ? '1 invoice so far, not yet late: too early to judge.'
      : `${count(h.waiting, 'invoice')} so far, none of them late yet: too early to judge.`;
  }
  const so = h.waiting === 0 ? 'so far' : `paid or overdue so far (${h.waiting} more not yet late)`;
  return `Only ${count(h.judged, 'invoice')} ${so}: too early to judge${newLateNote(h)}.`;
}

/** ", though one was 45 days late": a new customer's delay is worth saying even if it is no habit yet. */
function newLateNote(h: BehaviourHabits): string {
  const longest = h.longestDaysLate ?? 0;
  if (late(h) === 0) return '';
  if (late(h) === 1) {
    return h.longestUnpaid
      ? `, though one is ${days(longest)} overdue so far`
      : `, though one was ${days(longest)} late`;
  }
  return `, though ${late(h)} were late, up to ${days(longest)}`;
}
