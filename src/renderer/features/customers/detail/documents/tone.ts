import type { Tone } from '../../../../../shared/contract/templates';

// Which reminder to suggest from how overdue the customer's oldest open invoice is. The owner can
// always choose another; this only saves a thought. The steps follow the usual ladder: a note before
// anything is due, a friendly nudge while it is fresh, a firm letter after a month, then the final.

export const TONE_LABELS: Record<Tone, string> = {
  courtesy: 'Courtesy note (before it is due)',
  friendly: 'Friendly reminder',
  firm: 'Firm reminder',
  final: 'Final notice',
};

/** Days overdue of the oldest open invoice (null: nothing overdue) → the tone to start from. */
export function suggestTone(oldestDaysOverdue: number | null): Tone {
  if (oldestDaysOverdue === null || oldestDaysOverdue <= 0) return 'courtesy';
  if (oldestDaysOverdue <= 30) return 'friendly';
  if (oldestDaysOverdue <= 60) return 'firm';
  return 'final';
}

/** The oldest open invoice's days overdue, from the customer page's invoices (null when none is). */
export function oldestOverdue(
  invoices: readonly { open: number; daysOverdue: number | null }[],
): number | null {
  let oldest: number | null = null;
  for (const i of invoices) {
    if (i.open > 0 && i.daysOverdue !== null && i.daysOverdue > 0) {
      oldest = Math.max(oldest ?? 0, i.daysOverdue);
    }
  }
  return oldest;
}

/** Why this tone is suggested, in a few words. */
export function toneReason(oldestDaysOverdue: number | null): string {
  if (oldestDaysOverdue === null || oldestDaysOverdue <= 0) return 'nothing is overdue yet';
  const days = oldestDaysOverdue === 1 ? '1 day' : `${oldestDaysOverdue} days`;
  return `the oldest invoice is ${days} overdue`;
}
