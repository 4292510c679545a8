// The chart's days-late scale: round steps (5, 10, 20, 50 days…) up to a top above the latest bar (so
// no bar touches the top), and never below two weeks, so a few days late looks like a few days rather
// than a cliff.

/** The scale never ends below this many days. */
const MIN_TOP_DAYS = 14;

/** The ticks from 0 to the top, in about four round steps: 14 → 0, 5, 10, 15; 69 → 0, 20 … 80. */
export function daysScale(most: number): number[] {
  const wanted = Math.max(most + 1, MIN_TOP_DAYS);
  const rough = wanted / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const top = Math.ceil(wanted / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}
