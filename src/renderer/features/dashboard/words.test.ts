import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../shared/dates';
import { formatMoney } from '../../../shared/money';
import { bucketColour, bucketName } from '../../components/bucket-style';
import {
  collectedWords,
  compactMoney,
  counted,
  dayCount,
  drillAgreement,
  dsoExplanation,
  dsoStepWords,
  latenessNote,
  type Say,
  sharePercent,
  trendLabel,
} from './words';

const say: Say = {
  money: (m) => formatMoney(m, 'GBP', 'en-GB'),
  date: (iso) => formatDate(iso, 'DD/MM/YYYY'),
  locale: 'en-GB',
};

describe('the dashboard in words', () => {
  it('counts days and shares', () => {
    expect(dayCount(1, 'en-GB')).toBe('1 day');
    expect(dayCount(49, 'en-GB')).toBe('49 days');
    expect(dayCount(45.5, 'en-GB')).toBe('45.5 days');
    expect(sharePercent(0.4104, 'en-GB')).toBe('41%');
    expect(sharePercent(0, 'en-GB')).toBe('0%');
    expect(sharePercent(0.001, 'en-GB')).toBe('<1%');
    expect(counted(1427, 'customer', 'en-GB')).toBe('1,427 customers');
    expect(counted(1, 'invoice', 'en-GB')).toBe('1 invoice');
  });

  it('explains the DSO countback step by step (the hand-worked shop of the service tests)', () => {
    const dso = {
      days: 49,
      steps: [
        { from: '2026-11-01', to: '2026-11-23', sales: 28000, days: 23 },
        { from: '2026-10-01', to: '2026-10-31', sales: 25050, days: 26 },
      ],
    };
    expect(dsoStepWords(dso.steps[0]!, '2026-11-23', say)).toBe('23 days of November so far (£280.00 sold)');
    expect(dsoExplanation(dso, 49050, '2026-11-23', say)).toBe(
      'Counted back from what is owed (£490.50): 23 days of November so far (£280.00 sold) + ' +
        '26.0 of 31 days of October (£250.50 sold) = 49 days.',
    );
    expect(
      dsoStepWords({ from: '2025-12-01', to: '2025-12-31', sales: 100, days: 31 }, '2026-01-10', say),
    ).toBe('31 days of December 2025 (£1.00 sold)');
    expect(dsoExplanation({ days: null, steps: [] }, 100, '2026-11-23', say)).toMatch(/more than a year/);
    expect(dsoExplanation({ days: 0, steps: [] }, 0, '2026-11-23', say)).toMatch(/^Nothing is owed/);
  });

  it('compares collections in words: a month under way is short, not down', () => {
    const collected = (thisMonth: number, lastMonth: number, to = '2026-11-23') => ({
      thisMonth: { from: '2026-11-01', to, amount: thisMonth },
      lastMonth: { from: '2026-10-01', to: '2026-10-31', amount: lastMonth },
    });
    expect(collectedWords(collected(23000, 0), '2026-11-23', say)).toEqual({
      direction: 'up',
      lastMonth: 'October',
      comparison: 'Up £230.00 on October',
    });
    expect(collectedWords(collected(5000, 8000), '2026-11-23', say)).toEqual({
      direction: 'down',
      lastMonth: 'October',
      comparison: '£30.00 short of October, 7 days to go',
    });
    expect(collectedWords(collected(5000, 8000, '2026-11-30'), '2026-11-30', say)).toEqual({
      direction: 'down',
      lastMonth: 'October',
      comparison: 'Down £30.00 on October',
    });
    expect(collectedWords(collected(0, 0), '2026-11-23', say).comparison).toBe('The same as in October');
  });

  it('says what the lateness stands for', () => {
    const lateness = {
      averageDaysLate: 20.7,
      payments: 2,
      amount: 25000,
      from: '2026-08-26',
      to: '2026-11-23',
    };
    expect(latenessNote(lateness, say)).toBe('2 payments since 26/08/2026, weighted by amount');
    expect(latenessNote({ ...lateness, averageDaysLate: null, payments: 0 }, say)).toBe(
      'No payments came in the last 90 days.',
    );
  });

  it('writes short axis labels', () => {
    expect(compactMoney(103032917, 'GBP', 'en-GB')).toBe('£1m');
    expect(compactMoney(35000000, 'GBP', 'en-GB')).toBe('£350k');
    expect(compactMoney(9000, 'GBP', 'en-GB')).toBe('£90');
    expect(trendLabel('2025-11-30', 'en-GB')).toBe('Nov 25');
    expect(trendLabel('2026-11-23', 'en-GB')).toBe('23 Nov');
  });
});

describe('the buckets as drawn', () => {
  it('greys what is not yet due and warms the rest up to the reddest', () => {
    const labels = ['current', '1-30', '31-60', '61-90', '90+'];
    expect(labels.map((_, i) => bucketColour(labels, i))).toEqual([
      'gray.5',
      'yellow.5',
      'orange.6',
      'red.6',
      'red.9',
    ]);
    const byIssue = ['0-30', '31-60', '60+'];
    expect(byIssue.map((_, i) => bucketColour(byIssue, i))).toEqual(['yellow.5', 'orange.8', 'red.9']);
  });

  it('names the buckets in words', () => {
    expect(bucketName('current', 'due')).toBe('Not yet due');
    expect(bucketName('1-30', 'due')).toBe('1–30 days overdue');
    expect(bucketName('90+', 'due')).toBe('Over 90 days overdue');
    expect(bucketName('90+', 'due', true)).toBe('Over 90 days');
    expect(bucketName('0-30', 'issue')).toBe('0–30 days old');
  });
});

describe('a drill-down agrees with its figure', () => {
  const request = { figure: 9000, figureName: '61–90 days overdue', measure: 'all' as const };
  it('says it adds up, or says why not', () => {
    expect(drillAgreement(request, { total: 9000, overdue: 9000 }, null, say)).toBe(
      'This adds up to £90.00: “61–90 days overdue” on the dashboard, to the penny.',
    );
    expect(drillAgreement(request, { total: 8000, overdue: 8000 }, null, say)).toMatch(/changed since/);
    expect(drillAgreement(request, { total: 4000, overdue: 4000 }, 'trade', say)).toBe(
      'Customers tagged “trade” account for £40.00 of the £90.00.',
    );
    expect(
      drillAgreement({ ...request, measure: 'overdue' }, { total: 12000, overdue: 9000 }, null, say),
    ).toBe('£90.00 of it is overdue: their bar on the dashboard, to the penny.');
  });
});
