import { describe, expect, it } from 'vitest';
import type { BehaviourExposure } from '../../../../shared/contract/behaviour';
import { formatMoney } from '../../../../shared/money';
import {
  averageWords,
  daysWords,
  exposureWords,
  longestWords,
  medianWords,
  onTimeWords,
  pointLateWords,
  trendWords,
} from './behaviour-words';
import { daysScale } from './days-scale';

const gbp = (minor: number) => formatMoney(minor, 'GBP', 'en-GB');
const exposure = (e: Partial<BehaviourExposure>): BehaviourExposure => ({
  owed: 0,
  creditLimit: null,
  limitUsed: null,
  overLimit: false,
  ...e,
});

describe('how they pay, in words', () => {
  it('days, with main’s one decimal and no trailing zero', () => {
    expect(daysWords(1)).toBe('1 day');
    expect(daysWords(4)).toBe('4 days');
    expect(daysWords(0.4)).toBe('0.4 days');
    expect(daysWords(1234)).toBe('1,234 days');
  });

  it('on time: how many of the last ones', () => {
    expect(onTimeWords(9, 10)).toBe('9 of the last 10');
    expect(onTimeWords(0, 0)).toBe('Nothing to judge yet');
    expect(onTimeWords(1, 1)).toBe('1 of 1 so far');
    expect(onTimeWords(2, 3)).toBe('2 of 3 so far');
    expect(onTimeWords(5, 5)).toBe('5 of the last 5');
  });

  it('average, median and the longest delay', () => {
    expect(averageWords(null)).toBe('—');
    expect(averageWords(0)).toBe('None');
    expect(averageWords(12.5)).toBe('12.5 days');
    expect(medianWords(0)).toBe('By the due date');
    expect(medianWords(40)).toBe('Within 40 days of the due date');
    expect(longestWords(4, false)).toBe('4 days');
    expect(longestWords(69, true)).toBe('69 days so far (unpaid)');
    expect(longestWords(0, false)).toBe('None');
  });

  it('the trend, as facts', () => {
    expect(trendWords(null)).toBeNull();
    const later = trendWords({
      recentInvoices: 6,
      recentAverageDaysLate: 20,
      recentUnpaid: 0,
      earlierInvoices: 6,
      earlierAverageDaysLate: 0,
    });
    expect(later).toEqual({
      label: 'Last 6 invoices',
      value: '20 days late on average',
      note: 'Later than the 6 before (all by the due date)',
      way: 'later',
    });
    const same = trendWords({
      recentInvoices: 6,
      recentAverageDaysLate: 0,
      recentUnpaid: 0,
      earlierInvoices: 4,
      earlierAverageDaysLate: 0.5,
    });
    expect(same?.value).toBe('All by their due date');
    expect(same?.way).toBe('same');
    const sooner = trendWords({
      recentInvoices: 6,
      recentAverageDaysLate: 3.2,
      recentUnpaid: 2,
      earlierInvoices: 12,
      earlierAverageDaysLate: 30,
    });
    expect(sooner?.value).toBe('3.2 days late on average, 2 unpaid');
    expect(sooner?.note).toBe('Sooner than the 12 before (30 days)');
  });

  it('what they owe against the credit limit', () => {
    expect(exposureWords(exposure({ owed: 36121 }), gbp)).toEqual({
      value: '£361.21',
      note: 'No credit limit set',
      tone: 'calm',
      bar: null,
    });
    expect(exposureWords(exposure({ owed: 5000, creditLimit: 50000, limitUsed: 0.1 }), gbp)).toEqual({
      value: '£50.00 of £500.00',
      note: '10% of their credit limit',
      tone: 'calm',
      bar: 10,
    });
    expect(exposureWords(exposure({ owed: 45000, creditLimit: 50000, limitUsed: 0.9 }), gbp).tone).toBe(
      'near',
    );
    expect(
      exposureWords(exposure({ owed: 20000, creditLimit: 15000, limitUsed: 1.33, overLimit: true }), gbp),
    ).toEqual({ value: '£200.00 of £150.00', note: 'Over their credit limit', tone: 'over', bar: 100 });
    expect(exposureWords(exposure({ owed: 0, creditLimit: 50000, limitUsed: 0 }), gbp)).toEqual({
      value: 'Nothing owed',
      note: 'Credit limit £500.00',
      tone: 'calm',
      bar: 0,
    });
    expect(exposureWords(exposure({ owed: -1500 }), gbp).value).toBe('£15.00 in credit');
    // A limit of 0: main gives no share; anything owed is over it.
    expect(exposureWords(exposure({ owed: 100, creditLimit: 0, overLimit: true }), gbp).tone).toBe('over');
  });

  it('one invoice on the chart', () => {
    expect(pointLateWords(0, false)).toBe('On time');
    expect(pointLateWords(4, false)).toBe('4 days');
    expect(pointLateWords(39, true)).toBe('39 days so far (unpaid)');
  });
});

describe('the chart’s scale', () => {
  it('round steps up to the latest bar, never below two weeks', () => {
    expect(daysScale(0)).toEqual([0, 5, 10, 15]);
    expect(daysScale(4)).toEqual([0, 5, 10, 15]);
    expect(daysScale(15)).toEqual([0, 5, 10, 15, 20]);
    expect(daysScale(20)).toEqual([0, 10, 20, 30]);
    expect(daysScale(69)).toEqual([0, 20, 40, 60, 80]);
    expect(daysScale(446)).toEqual([0, 200, 400, 600]);
  });
});
