import { type AgeingBasis, bucketHeading } from '../../shared/contract/ageing';

// How the ageing buckets look wherever they are drawn (the dashboard, the settings preview): money not
// yet due in a quiet grey, older money warming from amber to red. The bucket labels themselves come
// from main ("current", "1-30", "90+", or "0-30" by invoice date); these are the words people read.

/** Amber to deep red, for up to seven ageing buckets (six limits by invoice date). */
const RAMP = ['yellow.5', 'orange.4', 'orange.6', 'orange.8', 'red.6', 'red.8', 'red.9'] as const;

/** Not yet due: neutral, so the eye goes to what is late. */
const NOT_DUE_COLOUR = 'gray.5';

/**
 * The colour of one bucket, as a Mantine colour ("orange.6"): `current` is grey; the others spread
 * over the ramp by their place among the ageing buckets, so the oldest is always the reddest.
 */
export function bucketColour(labels: readonly string[], index: number): string {
  if (labels[index] === 'current') return NOT_DUE_COLOUR;
  const ageing = labels.filter((l) => l !== 'current').length;
  const place = index - (labels[0] === 'current' ? 1 : 0);
  if (ageing <= 1) return RAMP.at(-1)!;
  return RAMP[Math.round((place * (RAMP.length - 1)) / (ageing - 1))]!;
}

/** A Mantine colour ("orange.6") as CSS, for swatches drawn outside the charts. */
export const cssColour = (colour: string): string => `var(--mantine-color-${colour.replace('.', '-')})`;

/**
 * A bucket as people read it: the printed reports' heading (bucketHeading), then how it is aged. By
 * due date: "Not yet due", "1–30 days overdue", "Over 90 days overdue"; by invoice date: "0–30 days
 * old", "Over 90 days old". `short` drops the last word, for chart axes where the card's title
 * already says which.
 */
export function bucketName(label: string, basis: AgeingBasis, short = false): string {
  const heading = bucketHeading(label);
  if (short || label === 'current') return heading;
  return `${heading} ${basis === 'due' ? 'overdue' : 'old'}`;
}
