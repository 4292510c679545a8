import { describe, expect, it } from 'vitest';
import { oldestOverdue, suggestTone, toneReason } from './tone';

describe('the suggested tone', () => {
  it('climbs the ladder with the oldest invoice’s lateness', () => {
    expect([null, 0, 1, 30, 31, 60, 61, 400].map(suggestTone)).toEqual([
      'courtesy',
      'courtesy',
      'friendly',
      'friendly',
      'firm',
      'firm',
      'final',
      'final',
    ]);
  });

  it('looks only at invoices still open and past due', () => {
    expect(
      oldestOverdue([
        { open: 0, daysOverdue: null },
        { open: 100, daysOverdue: -5 },
        { open: 100, daysOverdue: 23 },
        { open: 50, daysOverdue: 84 },
      ]),
    ).toBe(84);
    expect(oldestOverdue([{ open: 100, daysOverdue: -5 }])).toBeNull();
    expect(toneReason(84)).toBe('the oldest invoice is 84 days overdue');
    expect(toneReason(null)).toBe('nothing is overdue yet');
  });
});
