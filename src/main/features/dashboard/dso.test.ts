import { describe, expect, it } from 'vitest';
import { countback, periodsBack } from './dso';

// Sales per month, keyed by the period's first day.
const salesOf = (table: Record<string, number>) => (from: string) => table[from] ?? 0;

describe('DSO by countback', () => {
  it('counts the periods back from the date', () => {
    expect(periodsBack('2026-03-10', 3)).toEqual([
      { from: '2026-03-01', to: '2026-03-10', days: 10 },
      { from: '2026-02-01', to: '2026-02-28', days: 28 },
      { from: '2026-01-01', to: '2026-01-31', days: 31 },
    ]);
  });

  it('stops inside the month whose sales cover what is left', () => {
    // Owed 5,000. March to the 10th sold 1,000 (10 days, 4,000 left); February sold 2,800 (28 days,
    // 1,200 left); January sold 3,100, of which 1,200 is 31 × 1200/3100 = 12 days. DSO = 50.
    const r = countback(
      5000,
      '2026-03-10',
      salesOf({ '2026-03-01': 1000, '2026-02-01': 2800, '2026-01-01': 3100 }),
    );
    expect(r.days).toBe(50);
    expect(r.steps.map((s) => [s.from, s.sales, s.days])).toEqual([
      ['2026-03-01', 1000, 10],
      ['2026-02-01', 2800, 28],
      ['2026-01-01', 3100, 12],
    ]);
  });

  it('is not thrown by one big month the way owed ÷ sales × days is', () => {
    // A quiet shop with one big December: owed 3,000 in mid-January; January to date sold 3,000 in 15 days.
    const r = countback(3000, '2026-01-15', salesOf({ '2026-01-01': 3000, '2025-12-01': 30000 }));
    expect(r.days).toBe(15);
  });

  it('gives a fraction of the first period when this month alone covers it', () => {
    // 23 days sold 28,000; owed 7,000: 23 × 7000/28000 = 5.75 → 5.8 days.
    expect(countback(7000, '2026-11-23', salesOf({ '2026-11-01': 28000 })).days).toBe(5.8);
  });

  it('is zero when nothing is owed, and has no figure beyond a year of sales', () => {
    expect(countback(0, '2026-11-23', salesOf({}))).toEqual({ days: 0, steps: [] });
    const r = countback(1_000_000, '2026-11-23', salesOf({ '2026-11-01': 10 }));
    expect(r.days).toBeNull();
    expect(r.steps).toHaveLength(13);
  });
});
