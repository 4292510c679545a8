import type { TemplateKey } from '../../../shared/contract/templates';
import type { TemplateText } from './merge-engine';

// Duly's own wording, used until the owner saves theirs. Warm and plain, in UK English, and never
// stronger than the owner's policy: no interest, fees, courts or collection agencies are mentioned,
// because Duly does not know that the owner charges or uses any of them. The final notice says what
// happens and by when in terms the owner controls (reviewing the account, deciding next steps), with
// a date the clock sets. Lines that name optional details (how to pay, a payment link) drop out on
// their own when those details are not set, so each sits on a line of its own.
//
// The printed letter carries the letterhead (the business's name, address, phone and email) and,
// under the text, room to sign with who signs and the business (documents/letter.pdf.ts), so a
// letter's words end at "Kind regards,". An email has neither, so it signs off with {{owner_name}}.

const HOW_TO_PAY = [
  'Payment details: {{payment_details}}',
  'Reference to quote: {{payment_reference}}',
  'Pay online: {{payment_link}}',
].join('\n');

const CLOSING = 'Kind regards,';
const SIGN_OFF = 'Kind regards,\n{{owner_name}}';

const letter = (...paragraphs: string[]) => paragraphs.join('\n\n');

export const DEFAULT_TEMPLATES: Record<TemplateKey, TemplateText> = {
  courtesy: {
    subject: 'A friendly heads-up: {{amount_due}} due soon',
    body: letter(
      'Dear {{contact_name}},',
      'Just a quick heads-up: {{amount_due}} on your account falls due soon, from {{oldest_due_date}}. Everything is listed below with its due date.',
      '{{invoice_list}}',
      'If payment is already arranged, thank you, and please disregard this note.',
      HOW_TO_PAY,
      'If anything on these invoices does not look right, just let us know and we will sort it out.',
      CLOSING,
    ),
    emailBody: letter(
      'Dear {{contact_name}},',
      'Just a quick heads-up: {{amount_due}} on your account falls due soon, from {{oldest_due_date}}. The attached letter lists each invoice with its due date.',
      'If payment is already arranged, thank you, and please disregard this email.',
      SIGN_OFF,
    ),
  },
  friendly: {
    subject: 'A gentle reminder: {{amount_due}} now due',
    body: letter(
      'Dear {{contact_name}},',
      'We hope all is well. Our records show that {{amount_due}} on your account is now past its due date; the oldest invoice was due on {{oldest_due_date}}. These things are easily missed, so this is just a gentle reminder.',
      '{{invoice_list}}',
      'If you have already paid, thank you, and please disregard this letter; payments can take a few days to reach us.',
      HOW_TO_PAY,
      'If there is a problem with any of these invoices, please let us know. We are happy to help.',
      CLOSING,
    ),
    emailBody: letter(
      'Dear {{contact_name}},',
      'Just a gentle reminder that {{amount_due}} on your account is now past its due date. The attached letter lists the invoices and how to pay.',
      'If you have already paid, thank you, and please disregard this email.',
      SIGN_OFF,
    ),
  },
  firm: {
    subject: 'Overdue payment: {{amount_due}}, now {{days_overdue}} late',
    body: letter(
      'Dear {{contact_name}},',
      'Our terms are payment by the due date shown on each invoice. {{amount_due}} on your account is now overdue: the oldest invoice was due on {{oldest_due_date}} and is {{days_overdue}} late.',
      '{{invoice_list}}',
      'Please pay the full amount now. If you cannot pay it all at once, please contact us by {{reply_by}} so that we can agree together when it will be paid.',
      HOW_TO_PAY,
      'If you have paid in the last few days, thank you, and please disregard this letter.',
      CLOSING,
    ),
    emailBody: letter(
      'Dear {{contact_name}},',
      '{{amount_due}} on your account is now overdue; the oldest invoice was due on {{oldest_due_date}}. Please pay the full amount now, or contact us by {{reply_by}} to agree when it will be paid. The attached letter has the details.',
      SIGN_OFF,
    ),
  },
  final: {
    subject: 'Final notice: please pay {{amount_due}} by {{reply_by}}',
    body: letter(
      'Dear {{contact_name}},',
      'This is our final reminder about {{amount_due}} on your account, which remains unpaid. The oldest invoice was due on {{oldest_due_date}}, {{days_overdue}} ago.',
      '{{invoice_list}}',
      'Please pay the full amount by {{reply_by}}. If you cannot, please contact us before then so that we can agree how it will be paid.',
      'If we have not received payment or heard from you by {{reply_by}}, we will review your account and decide what to do next. We would much rather settle this with you directly, so please do get in touch.',
      HOW_TO_PAY,
      CLOSING,
    ),
    emailBody: letter(
      'Dear {{contact_name}},',
      '{{amount_due}} on your account is still unpaid. Please pay it by {{reply_by}}, or contact us before then to agree how it will be paid. The attached letter has the details.',
      SIGN_OFF,
    ),
  },
  statement: {
    subject: 'Your statement of account, {{today}}',
    body: letter(
      'Dear {{contact_name}},',
      'Please find enclosed your statement of account as of {{today}}. It shows {{amount_due}} open on your account.',
      'If your records differ from ours, or you have any questions, just let us know and we will gladly look into it.',
      HOW_TO_PAY,
      'Thank you for your custom.',
      CLOSING,
    ),
    emailBody: letter(
      'Dear {{contact_name}},',
      'Please find attached your statement of account as of {{today}}, showing {{amount_due}} open on your account.',
      'If anything does not match your records, just let us know.',
      SIGN_OFF,
    ),
  },
};

/** A plain heading for when a subject's field has no value (nothing overdue, say). */
export const FALLBACK_SUBJECTS: Record<TemplateKey, string> = {
  courtesy: 'Payment due soon',
  friendly: 'Payment reminder',
  firm: 'Overdue payment',
  final: 'Final notice',
  statement: 'Your statement of account',
};
