import { type AgeingBasis, bucketDefs } from '../../../../shared/contract/ageing';
import { settingsUpdateInput } from '../../../../shared/contract/settings';

// The ageing buckets form holds each day limit as typed text; these read it. The rules themselves
// (one to six limits, each larger than the one before) are the contract's: the preview checks with the
// very schema main checks with, so what it says is what main would say.

export const MAX_LIMITS = 6;

export type LimitsReading =
  | { ok: true; limits: number[] }
  | { ok: false; message: string; index: number | null };

/** Typed limits → whole numbers of days, or what is wrong and where. */
export function readLimits(texts: readonly string[]): LimitsReading {
  const limits: number[] = [];
  for (const [index, text] of texts.entries()) {
    const trimmed = text.trim();
    if (!/^\d+$/.test(trimmed)) {
      return {
        ok: false,
        index,
        message: trimmed === '' ? 'Enter a number of days.' : 'Write a whole number of days, such as 30.',
      };
    }
    limits.push(Number(trimmed));
  }
  return { ok: true, limits };
}

/** The contract's own message for limits main would refuse, or null when they are fine. */
export function limitsProblem(limits: number[]): { message: string; index: number | null } | null {
  const result = settingsUpdateInput.safeParse({ ageingLimits: limits });
  if (result.success) return null;
  const issue = result.error.issues[0];
  const at = issue?.path[1];
  return {
    message: issue?.message ?? 'These limits cannot be used.',
    index: typeof at === 'number' ? at : null,
  };
}

/** The bucket labels these limits make ("current", "1-30", …, "90+"), or null while they cannot be used. */
export function previewLabels(texts: readonly string[], basis: AgeingBasis): string[] | null {
  const read = readLimits(texts);
  if (!read.ok || limitsProblem(read.limits)) return null;
  return bucketDefs(read.limits, basis).map((d) => d.label);
}

/** The limit a new field starts with: a month after the last one. */
export function nextLimit(texts: readonly string[]): string {
  const read = readLimits(texts);
  const last = read.ok ? read.limits.at(-1) : undefined;
  return String((last ?? 0) + 30);
}

/** Main's refusal names its field "ageingLimits.2": the index of the limit it is about, if any. */
export function limitIndexOf(field: string | undefined): number | null {
  const m = /^ageingLimits\.(\d+)$/.exec(field ?? '');
  return m ? Number(m[1]) : null;
}
