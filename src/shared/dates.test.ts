import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, endOfMonth, fixedClock, isIsoDate, toEpochDay } from './dates';

describe('calendar dates as YYYY-MM-DD', () => {
  it('knows real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('24-01-01')).toBe(false);
  });

  it('adds days across months, years and daylight-saving changes without drift', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(toEpochDay('1970-01-02')).toBe(1);
  });

  it('adds months clamped to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
  });

  it('has a fixed clock for tests and the command line', () => {
    expect(fixedClock('2026-11-23').today()).toBe('2026-11-23');
    expect(() => fixedClock('2026-11-31')).toThrow();
  });
});
