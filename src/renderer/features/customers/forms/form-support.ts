import type { z } from 'zod';
import type { DulyRequestError } from '../../../api/client';

// What every form on the customer screens shares: the contract's own zod schemas check the input
// before it is sent (the same messages main would give), and main's refusals land next to the field
// they name, or above the buttons when they name none the form shows.

export type FieldErrors = Record<string, string>;

/** The first message for each field, keyed by its path ("email", "targets.0.amount"). */
export function schemaErrors(schema: z.ZodType, input: unknown): FieldErrors {
  const result = schema.safeParse(input);
  const errors: FieldErrors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (path && errors[path] === undefined) errors[path] = issue.message;
  }
  return errors;
}

/** Errors from reading typed text (amounts, dates) win over the schema's, which never saw the text. */
export function mergeErrors(first: FieldErrors, then: FieldErrors): FieldErrors {
  return { ...then, ...first };
}

/** Main's refusal, when it names none of the fields on show: for a general alert. */
export function unplacedError(
  error: DulyRequestError | undefined,
  isShown: (field: string) => boolean,
): DulyRequestError | undefined {
  if (!error) return undefined;
  return error.field && isShown(error.field) ? undefined : error;
}

/** After a refused save, put the cursor in the first field that needs attention. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  // After React has rendered the messages.
  setTimeout(() => container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}
