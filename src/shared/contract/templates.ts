import { z } from 'zod';
import { idField, isoDateField } from './fields';

// The words of letters and statements: the tones of the reminder ladder, the templates an owner can
// edit, and the merge fields a template may name. Shared, so the editor in the renderer offers
// exactly the fields main will fill, and refuses the same unknown ones.

/** The reminder ladder's letters, gentlest first. (The agency step is not a letter Duly writes.) */
export const TONES = ['courtesy', 'friendly', 'firm', 'final'] as const;
export type Tone = (typeof TONES)[number];

/** Every editable template: one per tone, and the cover note sent with a statement. */
export const TEMPLATE_KEYS = [...TONES, 'statement'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const DOCUMENT_KINDS = ['statement', 'activity', 'letter'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** How a document went out: saved as a PDF, printed, as an email draft, or in a batch. */
export const DOCUMENT_VIAS = ['pdf', 'print', 'email', 'batch'] as const;
export type DocumentVia = (typeof DOCUMENT_VIAS)[number];

/**
 * The merge fields, written {{name}} in a template. `invoice_list` on a line of its own becomes the
 * table of invoices in a PDF (and a plain list in an email); anywhere else, their numbers.
 */
export const MERGE_FIELDS = {
  customer_name: 'The customer’s name',
  contact_name: 'The person to address (the customer’s name when there is no contact)',
  customer_ref: 'The customer’s reference',
  invoice_list: 'The invoices the letter is about',
  amount_due: 'What is owed on those invoices',
  oldest_due_date: 'The due date of the oldest of them',
  days_overdue: 'How many days the oldest is overdue',
  business_name: 'Your business name',
  business_phone: 'Your phone number',
  business_email: 'Your email address',
  payment_details: 'How to pay (from Settings)',
  payment_reference: 'What to quote when paying',
  payment_link: 'Your payment link',
  today: 'Today’s date',
  reply_by: 'The date to pay or reply by: seven days from today',
  owner_name: 'Who signs the letter',
} as const;
export type MergeField = keyof typeof MERGE_FIELDS;

/** A letter's words once merged: a subject or heading, then blocks in order. */
export interface MergedLetter {
  subject: string;
  blocks: MergedBlock[];
  /** The short body of an email draft, as plain text. */
  emailBody: string;
}

export type MergedBlock =
  /** A paragraph of plain text (may hold line breaks). */
  | { kind: 'text'; text: string }
  /** Where the table of invoices goes. */
  | { kind: 'invoices' };

/** How each template is named on screen, and when it is sent. */
export const TEMPLATE_TITLES: Record<TemplateKey, { title: string; when: string }> = {
  courtesy: { title: 'Before it is due', when: 'A friendly heads-up about invoices that fall due soon.' },
  friendly: { title: 'Friendly reminder', when: 'Just overdue: assumes it was simply missed.' },
  firm: { title: 'Firm reminder', when: 'Still unpaid: states the terms and the next step.' },
  final: { title: 'Final notice', when: 'Says what happens next, and by when.' },
  statement: { title: 'Statement cover note', when: 'Goes with a statement of account.' },
};

/** The three parts of a template; a refusal names the part it is about. */
export const TEMPLATE_PARTS = ['subject', 'body', 'emailBody'] as const;
export type TemplatePart = (typeof TEMPLATE_PARTS)[number];

export const templateKeyField = z.enum(TEMPLATE_KEYS);

// Text as typed, with Windows line ends made plain; the merge engine checks the fields in it.
const lines = (text: string) => text.replace(/\r\n?/g, '\n');
const templateText = {
  subject: z
    .string()
    .trim()
    .min(1, 'Give the letter a subject.')
    .max(200, 'Keep the subject under 200 characters.')
    .refine((s) => !/[\r\n]/.test(s), { message: 'Keep the subject on one line.' }),
  body: z
    .string()
    .transform(lines)
    .pipe(
      z.string().trim().min(1, 'Write the letter.').max(10_000, 'Keep the letter under 10,000 characters.'),
    ),
  emailBody: z
    .string()
    .transform(lines)
    .pipe(z.string().trim().min(1, 'Write the email.').max(4_000, 'Keep the email under 4,000 characters.')),
};

export const templatesSaveInput = z.object({ key: templateKeyField, ...templateText });
export type TemplatesSaveInput = z.input<typeof templatesSaveInput>;

export const templatesResetInput = z.object({ key: templateKeyField });

/** Unsaved text (any part left out is the saved one) merged for one customer, so the editor previews live. */
export const templatesPreviewInput = z.object({
  key: templateKeyField,
  subject: templateText.subject.optional(),
  body: templateText.body.optional(),
  emailBody: templateText.emailBody.optional(),
  customerId: idField,
  /** The date the letter is written as of; today when left out. */
  asOf: isoDateField.optional(),
});
export type TemplatesPreviewInput = z.input<typeof templatesPreviewInput>;

export interface TemplateDto {
  key: TemplateKey;
  subject: string;
  body: string;
  emailBody: string;
  /** True while the owner has not changed Duly's wording. */
  isDefault: boolean;
  /** When the owner last saved it; null for Duly's wording. */
  updatedAt: string | null;
}

export interface TemplateList {
  templates: TemplateDto[];
}

/** One invoice a letter is about, as of its date. Amounts in minor units. */
export interface LetterInvoice {
  id: number;
  number: string;
  issueDate: string;
  dueDate: string;
  total: number;
  /** Still owed on the letter's date. */
  owed: number;
  /** The letter's date minus the due date: negative while not yet due. */
  daysOverdue: number;
}

export interface TemplatePreview {
  key: TemplateKey;
  asOf: string;
  currency: string;
  customer: { id: number; ref: string; name: string };
  merged: MergedLetter;
  invoices: LetterInvoice[];
  /** Every field's value as merged ('' where there is none: lines naming it are left out). */
  values: Record<MergeField, string>;
  /** What the printed letter puts under the words: who signs (Settings) and the business. */
  signature: { name: string; business: string };
}
