import { z } from 'zod';
import type { DocumentSummary } from './delivery';
import { idField, isoDateField } from './fields';
import type { ExportedFile } from './reports';
import { DOCUMENT_KINDS, TONES } from './templates';

// Getting a letter or statement out of Duly for one customer: a reminder letter to look at first,
// then the document itself as a PDF to save or print, or as an email draft with the PDF attached.
// Whatever comes out is recorded on the customer's history with the exact file.

export const letterPreviewInput = z.object({
  customerId: idField,
  tone: z.enum(TONES),
  /** The letter's date. Default: today. */
  asOf: isoDateField.optional(),
});
export type LetterPreviewInput = z.input<typeof letterPreviewInput>;

export const DELIVERY_WAYS = ['pdf', 'print', 'email'] as const;
export type DeliveryWay = (typeof DELIVERY_WAYS)[number];

export const documentProduceInput = z
  .object({
    customerId: idField,
    kind: z.enum(DOCUMENT_KINDS),
    /** Letters only: the step of the reminder ladder. */
    tone: z.enum(TONES).optional(),
    /** The document's date; for an activity statement, the period's last day. Default: today. */
    asOf: isoDateField.optional(),
    /** Activity statements: the period's first day. Default: the first day of the month before. */
    from: isoDateField.optional(),
    via: z.enum(DELIVERY_WAYS),
    /**
     * Desktop only (AppInfo.handOff): also hand the file to the system — print: the system print
     * dialog for the PDF; email: the draft opened in the default mail program. Nothing more for a
     * plain PDF (its download asks where to save). Refused as 'unsupported' where the host cannot.
     */
    handOff: z.boolean().default(false),
  })
  .refine((i) => i.kind !== 'letter' || i.tone !== undefined, {
    message: 'Choose the tone of the letter.',
    path: ['tone'],
  })
  .refine((i) => i.kind === 'letter' || i.tone === undefined, {
    message: 'Only letters have a tone.',
    path: ['tone'],
  })
  .refine((i) => i.from === undefined || i.asOf === undefined || i.from <= i.asOf, {
    message: 'The period must start on or before its last day.',
    path: ['from'],
  });
export type DocumentProduceInput = z.input<typeof documentProduceInput>;

/** An email draft as a file to save: the same shape as ExportedFile, as a mail file. */
export interface EmailDraftFile extends Omit<ExportedFile, 'mimeType'> {
  mimeType: 'message/rfc822';
}

export interface ProducedDocument {
  /** The PDF, exactly as kept on the history. */
  file: ExportedFile;
  /** Email only: the draft (.eml) with the PDF attached. */
  eml?: EmailDraftFile;
  /** The entry on the customer's history. */
  document: DocumentSummary;
  /** Asked to hand off and done: the file (a full path) given to the print dialog or mail program. */
  handedOff?: string;
}
