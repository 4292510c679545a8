import { z } from 'zod';
import { idField, isoDateField } from './fields';

// Statements as PDFs: an open-item statement as of a date, or an activity statement (balance brought
// forward) for a period. The preview answers with the file (ExportedFile in ./reports) to show or save.

export const STATEMENT_KINDS = ['statement', 'activity'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const documentPreviewInput = z
  .object({
    customerId: idField,
    kind: z.enum(STATEMENT_KINDS),
    /** The statement's date; for an activity statement, the period's last day. Default: today. */
    asOf: isoDateField.optional(),
    /** Activity statements: the period's first day. Default: the first day of the month before. */
    from: isoDateField.optional(),
  })
  .refine((i) => i.from === undefined || i.asOf === undefined || i.from <= i.asOf, {
    message: 'The period must start on or before its last day.',
    path: ['from'],
  });
export type DocumentPreviewInput = z.input<typeof documentPreviewInput>;
