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
