import type { z } from 'zod';
import type { StatementKind } from '../../../shared/contract/documents';
import type {
  documentProduceInput,
  EmailDraftFile,
  letterPreviewInput,
  ProducedDocument,
} from '../../../shared/contract/outbox';
import type { ExportedFile } from '../../../shared/contract/reports';
import type { MergedLetter, Tone } from '../../../shared/contract/templates';
import type { IsoDate } from '../../../shared/dates';
import { DulyError } from '../../../shared/errors';
import type { Ctx } from '../../context';
import { recordDocument } from '../delivery/document-history';
import { businessSender, customerRecipient, draftFileName, emailDraft } from '../delivery/email-draft';
import { documentFileName, pdfFile } from '../documents/document-files';
import { statementFile } from '../documents/documents.preview';
import { formatsFor, loadIdentity } from '../documents/identity';
import { renderLetter } from '../documents/letter.pdf';
import { type CustomerContact, customerContacts } from '../reports/reports.repository';
import { getSettings } from '../settings/settings.service';
import { mergeLetter } from '../templates/templates.service';

// One customer's letter or statement, out of Duly: as a PDF to save or print, or as an email draft
// with that PDF attached. Each one goes on the customer's history with the very bytes handed out, so
// "we wrote to you on 3 March" can always be shown.

type LetterPreview = z.output<typeof letterPreviewInput>;
type Produce = z.output<typeof documentProduceInput>;

function contactOf(ctx: Ctx, customerId: number): CustomerContact {
  const customer = customerContacts(ctx.books, [customerId]).get(customerId);
  if (!customer) {
    throw new DulyError('not_found', `There is no customer with id ${customerId}.`, { field: 'customerId' });
  }
  return customer;
}

/** A document drawn, with what its history entry and its email need. */
interface Made {
  file: ExportedFile;
  bytes: Uint8Array;
  amountDue: number;
  periodFrom: IsoDate | null;
  /** What it was about, with what was owed on each then. */
  invoices: { invoiceId: number; amountDue: number }[];
  /** The email's words: the letter's own, or the statement's cover note (merged only when asked). */
  words(): MergedLetter;
}

/** The reminder letter in one tone; refused when there is nothing for that letter to be about. */
async function letterFile(ctx: Ctx, customer: CustomerContact, tone: Tone, asOf: IsoDate): Promise<Made> {
  const { merged, invoices } = mergeLetter(ctx, tone, customer.id, asOf);
  const identity = loadIdentity(ctx);
  if (invoices.length === 0) {
    const on = formatsFor(identity).date(asOf);
    throw new DulyError(
      'validation',
      tone === 'courtesy'
        ? `${customer.name} has no invoices falling due after ${on}, so there is nothing to give notice of.`
        : `${customer.name} has nothing overdue on ${on}, so there is no reminder to send.`,
      { field: 'tone' },
    );
  }
  const bytes = await renderLetter({ identity, customer, merged, invoices, asOf });
  const fileName = documentFileName({ kind: 'letter', tone, ref: customer.ref, asOf });
  return {
    file: pdfFile(fileName, bytes),
    bytes,
    amountDue: invoices.reduce((sum, i) => sum + i.owed, 0),
    periodFrom: null,
    invoices: invoices.map((i) => ({ invoiceId: i.id, amountDue: i.owed })),
    words: () => merged,
  };
}

export async function previewLetter(ctx: Ctx, input: LetterPreview): Promise<ExportedFile> {
  const customer = contactOf(ctx, input.customerId);
  return (await letterFile(ctx, customer, input.tone, input.asOf ?? ctx.clock.today())).file;
}

/** An open-item or activity statement; its invoices are those open on its (last) date. */
async function statementDocument(
  ctx: Ctx,
  kind: StatementKind,
  input: Produce,
  asOf: IsoDate,
): Promise<Made> {
  const { file, rendered } = await statementFile(ctx, {
    kind,
    customerId: input.customerId,
    asOf,
    ...(input.from ? { from: input.from } : {}),
  });
  const part = rendered.parts[0]!;
  return {
    file,
    bytes: rendered.bytes,
    amountDue: part.amountDue,
    periodFrom: rendered.from,
    invoices: part.statement.invoices.map((i) => ({ invoiceId: i.invoiceId, amountDue: i.open })),
    words: () => mergeLetter(ctx, 'statement', input.customerId, asOf).merged,
  };
}

/** Makes the document, records it on the customer's history, and hands out the same bytes. */
export async function produceDocument(ctx: Ctx, input: Produce): Promise<ProducedDocument> {
  const customer = contactOf(ctx, input.customerId);
  // Refused before anything is drawn or recorded: a draft with nobody to send it to is no use.
  if (input.via === 'email' && customer.email.trim() === '') {
    throw new DulyError(
      'validation',
      `${customer.name} has no email address. Add one to their details, or save the PDF or print it instead.`,
      { field: 'via' },
    );
  }
  const asOf = input.asOf ?? ctx.clock.today();
  const made =
    input.kind === 'letter'
      ? await letterFile(ctx, customer, input.tone!, asOf)
      : await statementDocument(ctx, input.kind, input, asOf);
  const { file, bytes } = made;
  // Merged before anything is recorded, like every other refusal.
  const words = input.via === 'email' ? made.words() : null;
  const settings = getSettings(ctx);
  const document = recordDocument(ctx, {
    customerId: input.customerId,
    kind: input.kind,
    tone: input.kind === 'letter' ? input.tone! : null,
    asOf,
    periodFrom: made.periodFrom,
    amountDue: made.amountDue,
    currency: settings.currency,
    via: input.via,
    fileName: file.fileName,
    bytes,
    invoices: made.invoices,
  });
  if (!words) return { file, document };
  const eml = await emailDraft(ctx.clock, {
    from: businessSender(settings),
    to: customerRecipient(customer),
    subject: words.subject,
    text: words.emailBody,
    attachment: { fileName: file.fileName, bytes },
  });
  const draft: EmailDraftFile = {
    fileName: draftFileName(words.subject),
    mimeType: 'message/rfc822',
    base64: eml.toString('base64'),
    size: eml.length,
  };
  return { file, eml: draft, document };
}
