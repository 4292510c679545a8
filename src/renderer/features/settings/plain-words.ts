import type { z } from 'zod';

// The settings forms check their values with the very schema main checks them with
// (settingsUpdateInput), so a message shows at the field before anything is sent. The schema's own
// messages ("Use a three-letter ISO currency code…") are kept; zod's generic ones ("Too big: expected
// string to have <=120 characters") are replaced with words an owner would use.

/** Plain words for zod's generic messages; a message the schema wrote itself wins over these. */
export const plainWords: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'too_big' && issue.origin === 'string')
    return `Keep this to ${issue.maximum} characters or fewer.`;
  if (issue.code === 'invalid_value') return 'Choose one of the options.';
  return undefined;
};
