import { describe, expect, it } from 'vitest';
import type { BehaviourHabits, BehaviourTrend } from '../../../shared/contract/behaviour';
import { classify } from './classify';

// The rules and sentences alone, from figures written by hand: no database.

function habits(over: Partial<BehaviourHabits>): BehaviourHabits {
  return {
    judged: 20,
    waiting: 0,
    recent: 10,
    onTime: 10,
    lateUnpaid: 0,
    averageDaysLate: 0,
    longestDaysLate: 0,
    longestUnpaid: false,
    trend: null,
    ...over,
  };
}

const trend = (recent: number, earlier: number, over: Partial<BehaviourTrend> = {}): BehaviourTrend => ({
  recentInvoices: 6,
  recentAverageDaysLate: recent,
  recentUnpaid: 0,
  earlierInvoices: 12,
  earlierAverageDaysLate: earlier,
  ...over,
});

describe('classify', () => {
  it('calls a customer who pays on time reliable, and says so', () => {
    expect(classify(habits({}))).toEqual({
      class: 'reliable',
      reason: 'Paid all of the last 10 invoices on time.',
    });
    expect(classify(habits({ onTime: 9, averageDaysLate: 0.4, longestDaysLate: 4 }))).toEqual({
      class: 'reliable',
      reason: 'Paid 9 of the last 10 invoices on time; the late one was 4 days late.',
    });
    expect(classify(habits({ onTime: 8, averageDaysLate: 1.3, longestDaysLate: 9 })).reason).toBe(
      'Paid 8 of the last 10 invoices on time; the other 2 were up to 9 days late.',
    );
  });

  it('puts the edges of reliable where the rules say', () => {
    const base = { onTime: 8, longestDaysLate: 30, averageDaysLate: 6.9 };
    expect(classify(habits(base)).class).toBe('reliable');
    expect(classify(habits({ ...base, onTime: 7 })).class).toBe('occasional');
    expect(classify(habits({ ...base, averageDaysLate: 7 })).class).toBe('occasional');
    expect(classify(habits({ ...base, longestDaysLate: 31 })).class).toBe('occasional');
    // 4 of 5 is the same share as 8 of 10.
    expect(
      classify(habits({ judged: 5, recent: 5, onTime: 4, longestDaysLate: 6, averageDaysLate: 1 })).class,
    ).toBe('reliable');
  });

  it('calls one long delay among prompt payments occasional, and names it', () => {
    expect(classify(habits({ onTime: 9, averageDaysLate: 6, longestDaysLate: 60 }))).toEqual({
      class: 'occasional',
      reason: 'Paid 9 of the last 10 invoices on time; the late one was 60 days late.',
    });
    expect(
      classify(habits({ onTime: 9, averageDaysLate: 4.5, longestDaysLate: 45, longestUnpaid: true })).reason,
    ).toBe('Paid 9 of the last 10 invoices on time; the late one is 45 days overdue so far.');
    expect(classify(habits({ onTime: 7, lateUnpaid: 1, averageDaysLate: 5, longestDaysLate: 20 }))).toEqual({
      class: 'occasional',
      reason: 'Paid 7 of the last 10 invoices on time; the other 3 were up to 20 days late, 1 still unpaid.',
    });
    expect(
      classify(habits({ onTime: 8, lateUnpaid: 2, averageDaysLate: 8, longestDaysLate: 21 })).reason,
    ).toBe(
      'Paid 8 of the last 10 invoices on time; the other 2 were up to 21 days late, none of them paid yet.',
    );
  });

  it('calls fewer than half on time, or a month late on average, chronic', () => {
    expect(classify(habits({ onTime: 3, averageDaysLate: 38.2, longestDaysLate: 70 }))).toEqual({
      class: 'chronic',
      reason: 'Paid 3 of the last 10 invoices on time; on average 38 days late.',
    });
    expect(
      classify(habits({ onTime: 0, lateUnpaid: 2, averageDaysLate: 12.5, longestDaysLate: 30 })),
    ).toEqual({
      class: 'chronic',
      reason: 'Paid none of the last 10 invoices on time; on average 13 days late, with 2 still unpaid.',
    });
    expect(classify(habits({ onTime: 5, averageDaysLate: 29.9, longestDaysLate: 90 })).class).toBe(
      'occasional',
    );
    expect(classify(habits({ onTime: 6, averageDaysLate: 34, longestDaysLate: 90 }))).toEqual({
      class: 'chronic',
      reason:
        'Paid 6 of the last 10 invoices on time, but on average 34 days late: the other 4 were up to 90 days late.',
    });
    // Many small late invoices and a few big prompt ones: under half on time, yet under a day on average.
    expect(classify(habits({ onTime: 4, averageDaysLate: 0.3, longestDaysLate: 5 })).reason).toBe(
      'Paid 4 of the last 10 invoices on time; on average under a day late.',
    );
  });

  it('calls a clear rise in the last 6 worsening, before anything else', () => {
    expect(
      classify(habits({ onTime: 4, averageDaysLate: 14, longestDaysLate: 30, trend: trend(21, 3) })),
    ).toEqual({
      class: 'worsening',
      reason: 'The last 6 invoices came 21 days late on average, against 3 days before.',
    });
    expect(
      classify(habits({ onTime: 4, averageDaysLate: 14, trend: trend(21, 0, { recentUnpaid: 2 }) })).reason,
    ).toBe(
      'The last 6 invoices came 21 days late on average (2 still unpaid); the 12 before them were all paid by their due date.',
    );
    expect(classify(habits({ trend: trend(11, 0.4, { earlierInvoices: 4 }) })).reason).toBe(
      'The last 6 invoices came 11 days late on average, against under a day before.',
    );
  });

  it('needs both a rise of 10 days and twice the lateness, and enough before to compare', () => {
    expect(classify(habits({ onTime: 10, trend: trend(9.9, 0) })).class).toBe('reliable');
    expect(
      classify(habits({ onTime: 4, averageDaysLate: 45, longestDaysLate: 80, trend: trend(55, 40) })).class,
    ).toBe('chronic');
    expect(classify(habits({ trend: trend(20, 10) })).class).toBe('worsening');
    expect(classify(habits({ trend: trend(20, 10.1) })).class).not.toBe('worsening');
    expect(classify(habits({ trend: trend(30, 0, { earlierInvoices: 3 }) })).class).not.toBe('worsening');
  });

  it('calls too little history new, and says how little', () => {
    const none = { judged: 0, recent: 0, onTime: 0, averageDaysLate: null, longestDaysLate: null };
    expect(classify(habits(none))).toEqual({ class: 'new', reason: 'No invoices yet: nothing to judge.' });
    expect(classify(habits({ ...none, waiting: 1 })).reason).toBe(
      '1 invoice so far, not yet late: too early to judge.',
    );
    expect(classify(habits({ ...none, waiting: 2 })).reason).toBe(
      '2 invoices so far, none of them late yet: too early to judge.',
    );
    expect(classify(habits({ judged: 2, recent: 2, onTime: 2 }))).toEqual({
      class: 'new',
      reason: 'Only 2 invoices so far: too early to judge.',
    });
    expect(classify(habits({ judged: 1, recent: 1, onTime: 1, waiting: 3 })).reason).toBe(
      'Only 1 invoice paid or overdue so far (3 more not yet late): too early to judge.',
    );
    expect(classify(habits({ judged: 3, recent: 3, onTime: 2, longestDaysLate: 45 })).reason).toBe(
      'Only 3 invoices so far: too early to judge, though one was 45 days late.',
    );
    expect(
      classify(habits({ judged: 1, recent: 1, onTime: 0, longestDaysLate: 20, longestUnpaid: true })).reason,
    ).toBe('Only 1 invoice so far: too early to judge, though one is 20 days overdue so far.');
    expect(classify(habits({ judged: 3, recent: 3, onTime: 1, longestDaysLate: 12 })).reason).toBe(
      'Only 3 invoices so far: too early to judge, though 2 were late, up to 12 days.',
    );
  });

  it('says "1 day", not "1 days"', () => {
    expect(classify(habits({ onTime: 2, averageDaysLate: 1.4, longestDaysLate: 5 })).reason).toBe(
      'Paid 2 of the last 10 invoices on time; on average 1 day late.',
    );
    expect(classify(habits({ judged: 4, recent: 4, onTime: 3, longestDaysLate: 4 })).reason).toBe(
      'Paid 3 of the last 4 invoices on time; the late one was 4 days late.',
    );
  });
});
