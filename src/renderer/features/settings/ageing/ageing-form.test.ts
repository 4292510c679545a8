import { describe, expect, it } from 'vitest';
import { limitIndexOf, limitsProblem, nextLimit, previewLabels, readLimits } from './ageing-form';

describe('the ageing buckets form', () => {
  it('reads typed limits as whole days, or says which one is not', () => {
    expect(readLimits(['30', ' 60 ', '90'])).toEqual({ ok: true, limits: [30, 60, 90] });
    expect(readLimits(['30', ''])).toEqual({ ok: false, index: 1, message: 'Enter a number of days.' });
    expect(readLimits(['30.5'])).toEqual({
      ok: false,
      index: 0,
      message: 'Write a whole number of days, such as 30.',
    });
  });

  it("uses the contract's own messages", () => {
    expect(limitsProblem([30, 60, 90])).toBeNull();
    expect(limitsProblem([30, 20])).toEqual({
      message: 'Each limit must be larger than the one before.',
      index: null,
    });
    expect(limitsProblem([0])).toEqual({ message: 'Each limit is at least one day.', index: 0 });
    expect(limitsProblem([1, 2, 3, 4, 5, 6, 7])?.message).toBe(
      'Six limits at most: seven buckets are plenty to read.',
    );
  });

  it('previews the buckets by due date or by invoice date', () => {
    expect(previewLabels(['30', '60', '90'], 'due')).toEqual(['current', '1-30', '31-60', '61-90', '90+']);
    expect(previewLabels(['15', '45'], 'issue')).toEqual(['0-15', '16-45', '45+']);
    expect(previewLabels(['60', '30'], 'due')).toBeNull();
  });

  it('offers a month after the last limit, and finds the limit main refused', () => {
    expect(nextLimit(['30', '60'])).toBe('90');
    expect(nextLimit([])).toBe('30');
    expect(limitIndexOf('ageingLimits.2')).toBe(2);
    expect(limitIndexOf('ageingLimits')).toBeNull();
  });
});
