import { z } from 'zod';
import { idField, isoDateField } from './fields';
import { PAPERS, type Paper } from './settings';
import { TONES, type Tone } from './templates';

// Letters or statements for many customers at once: ONE combined PDF to print (each customer's part
// on pages of its own, numbered from 1) and a file per customer, with an email draft for each
// customer who has an address. It runs as a job ('documents'): progress, cancel, and the result
// when it is done. Every document goes on its customer's history in one go at the end, so a
// cancelled or failed batch saves nothing and leaves no folder behind.

export const BATCH_KINDS = ['statement', 'letter'] as const;
export type BatchKind = (typeof BATCH_KINDS)[number];

/**
 * Who gets one: the customers chosen, or everyone with an overdue balance (statements, and reminders
 * after the due date), with any balance (statements), or with something not yet due (courtesy notes,
 * which are about exactly that).
 */
export const BATCH_SELECTIONS = ['overdue', 'open', 'upcoming'] as const;
export type BatchSelection = (typeof BATCH_SELECTIONS)[number];

export const MAX_BATCH_CUSTOMERS = 20_000;

const batchFields = {
  kind: z.enum(BATCH_KINDS),
  /** Letters only: the step of the reminder ladder. */
  tone: z.enum(TONES).optional(),
  /** The documents' date. Default: today. */
  asOf: isoDateField.optional(),
  customers: z.union([
    z
      .array(idField)
      .min(1, 'Choose at least one customer.')
      .max(
        MAX_BATCH_CUSTOMERS,
        `A batch can have at most ${MAX_BATCH_CUSTOMERS.toLocaleString('en')} customers.`,
      ),
    z.enum(BATCH_SELECTIONS),
  ]),
  /** Default: the paper in Settings. */
  paper: z.enum(PAPERS).optional(),
  /** Also an email draft (.eml) per customer with an email address. */
  email: z.boolean().default(false),
};

export const batchStartInput = z
  .object({
    ...batchFields,
    /**
     * Where the files go (a full path): a new folder, or one whose files of the same names are
     * replaced. Default: "<the books' folder>/Letters and statements/<date> <what>", with " (2)"
     * when that is taken.
     */
    outDir: z.string().trim().min(1).max(1000).optional(),
  })
  .refine((b) => b.kind !== 'letter' || b.tone !== undefined, {
    message: 'Choose the tone of the letters.',
    path: ['tone'],
  })
  .refine((b) => b.kind === 'letter' || b.tone === undefined, {
    message: 'Only letters have a tone.',
    path: ['tone'],
  })
  .refine((b) => b.kind === 'statement' || b.customers !== 'open', {
    message: 'Letters go to customers with something overdue: choose them, or everyone overdue.',
    path: ['customers'],
  })
  .refine((b) => b.customers !== 'upcoming' || b.tone === 'courtesy', {
    message: 'Only courtesy notes go to everyone with something not yet due.',
    path: ['customers'],
  })
  .refine((b) => b.tone !== 'courtesy' || b.customers !== 'overdue', {
    message:
      'Courtesy notes are about invoices not yet due: choose the customers, or everyone with something not yet due.',
    path: ['customers'],
  })
  .refine((b) => !Array.isArray(b.customers) || new Set(b.customers).size === b.customers.length, {
    message: 'A customer is chosen twice.',
    path: ['customers'],
  });
export type BatchStartInput = z.input<typeof batchStartInput>;
export type BatchStart = z.output<typeof batchStartInput>;

export const batchCandidatesInput = z.object({
  kind: z.enum(BATCH_KINDS),
  /** Letters: courtesy notes list those with something not yet due, the others those overdue. */
  tone: z.enum(TONES).optional(),
  asOf: isoDateField.optional(),
});
export type BatchCandidatesInput = z.input<typeof batchCandidatesInput>;

/** A customer the selections would pick, with what the screen shows beside them. Minor units. */
export interface BatchCandidate {
  id: number;
  ref: string;
  name: string;
  /** '' when they have none: no email draft, listed as such. */
  email: string;
  /** Open invoices less unapplied credit on the date (negative: in credit). */
  balance: number;
  /** Owed on invoices past their due date on the date. */
  overdue: number;
  /** How late the oldest overdue invoice is, in days; 0 when nothing is overdue. */
  daysOverdue: number;
  /** Owed on invoices not yet due on the date (what a courtesy note is about). */
  notDue: number;
  /** The first of those due dates; null when nothing is. */
  nextDue: string | null;
  /** Picked by 'overdue': something overdue, and a balance to ask for. */
  inOverdue: boolean;
  /** Picked by 'open' (statements): any balance, owed or in credit. */
  inOpen: boolean;
  /** Picked by 'upcoming' (courtesy notes): something not yet due, and a balance to ask for. */
  inUpcoming: boolean;
}

export interface BatchCandidates {
  kind: BatchKind;
  asOf: string;
  currency: string;
  /** Everyone 'overdue' picks (letters), 'upcoming' (courtesy notes), or 'open' (statements), by reference. */
  customers: BatchCandidate[];
}

export const batchCombinedInput = z.object({ jobId: z.string().min(1).max(100) });
export type BatchCombinedInput = z.input<typeof batchCombinedInput>;

/**
 * Desktop only (AppInfo.handOff): hand one of a finished batch's files to the system. open: in its
 * default program (the PDF viewer; an .eml in the mail program, as a draft); print: the system print
 * dialog (PDFs only); reveal: shown in its folder. The file is named inside the batch's own result,
 * never by a path from the screen. Refused as 'unsupported' in browser mode.
 */
export const BATCH_OPEN_ACTIONS = ['open', 'print', 'reveal'] as const;
export type BatchOpenAction = (typeof BATCH_OPEN_ACTIONS)[number];
export const batchOpenInput = z.object({
  jobId: z.string().min(1).max(100),
  /** A file name from the result (a customer's .pdf or .eml); omitted: the combined PDF. */
  file: z.string().min(1).max(300).optional(),
  action: z.enum(BATCH_OPEN_ACTIONS),
});
export type BatchOpenInput = z.input<typeof batchOpenInput>;

/** One customer's files in a finished batch. */
export interface BatchFile {
  customerId: number;
  ref: string;
  name: string;
  /** File names inside the batch's folder. */
  pdf: string;
  /** null: no email address (see withoutEmail), or no emails asked for. */
  eml: string | null;
  pages: number;
  /** Minor units: what the document asks for. */
  amountDue: number;
  /** The entry on the customer's history. */
  documentId: number;
}

export interface BatchCustomerNote {
  customerId: number;
  ref: string;
  name: string;
}

export interface BatchResult {
  batchId: string;
  kind: BatchKind;
  tone: Tone | null;
  asOf: string;
  paper: Paper;
  currency: string;
  /** The batch's folder (a full path). */
  folder: string;
  /** The combined PDF to print, in the folder. */
  combined: { fileName: string; pages: number; size: number };
  files: BatchFile[];
  /** Email asked for: the customers who have no email address, so have no draft. */
  withoutEmail: BatchCustomerNote[];
  /** Letters: customers chosen who had nothing for the letter to be about, so got none. */
  nothingToSend: (BatchCustomerNote & { reason: string })[];
  /** How long it took, in milliseconds. */
  ms: number;
}
