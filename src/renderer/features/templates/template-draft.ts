import type { TemplateDto, TemplatePart } from '../../../shared/contract/templates';
import type { Problem } from '../../../shared/errors';

// The editor's pure parts: what is being edited, where a field goes when it is inserted, and which
// of main's messages belongs to which part (subject, letter, email).

export type Draft = Pick<TemplateDto, 'subject' | 'body' | 'emailBody'>;
export type PartErrors = Partial<Record<TemplatePart, string>>;

export const draftOf = (t: Draft): Draft => ({ subject: t.subject, body: t.body, emailBody: t.emailBody });

export const sameDraft = (a: Draft, b: Draft): boolean =>
  a.subject === b.subject && a.body === b.body && a.emailBody === b.emailBody;

/** How each part is named on screen. */
export const PART_LABELS: Record<TemplatePart, string> = {
  subject: 'Subject',
  body: 'Letter',
  emailBody: 'Email',
};

/** Main's refusal as the editor reads it (a DulyRequestError, in practice). */
export interface Refusal {
  field: string | undefined;
  message: string;
  problems: Problem[];
}

const isPart = (field: string | undefined): field is TemplatePart =>
  field === 'subject' || field === 'body' || field === 'emailBody';

/**
 * `{{field}}` put where the cursor is (replacing a selection), with a space before it when it would
 * otherwise touch a word. Returns the new text and where the cursor goes: just after the field.
 */
export function insertField(
  text: string,
  field: string,
  start: number,
  end: number = start,
): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const before = text.slice(0, from);
  const gap = before !== '' && /[\p{L}\p{N}]$/u.test(before) ? ' ' : '';
  const inserted = `${gap}{{${field}}}`;
  return { text: before + inserted + text.slice(to), caret: from + inserted.length };
}

/** Main's refusal as messages by part: the first for each; none when it names no part. */
export function partErrors(error: Refusal | undefined): PartErrors {
  if (!error) return {};
  const errors: PartErrors = {};
  for (const problem of error.problems) {
    if (isPart(problem.field) && errors[problem.field] === undefined) errors[problem.field] = problem.message;
  }
  if (isPart(error.field) && errors[error.field] === undefined) errors[error.field] = error.message;
  return errors;
}

/** A refusal that is not about one of the parts (the books, the customer): shown above the buttons. */
export const isPartError = (error: Refusal | undefined): boolean => isPart(error?.field);
