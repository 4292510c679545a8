import type { z } from 'zod';
import type {
  documentProduceInput,
  EmailDraftFile,
  letterPreviewInput,
  ProducedDocument,
} from '../../../shared/contract/outbox';
import type { ExportedFile } from '../../../shared/contract/reports';
import type { LetterInvoice, MergedLetter, Tone } from '../../../shared/contract/templates';
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

interface RenderedLetter {
  merged: MergedLetter;
  invoices: LetterInvoice[];
  bytes: Uint8Array;
  file: ExportedFile;
}

/** The reminder letter in one tone; refused when there is nothing for that letter to be about. */
async function letterFile(ctx: Ctx, customerId: number, tone: Tone, at?: IsoDate): Promise<RenderedLetter> {
  const customer = contactOf(ctx, customerId);
  const asOf = at ?? ctx.clock.today();
  const { merged, invoices } = mergeLetter(ctx, tone, customerId, asOf);
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
  return { merged, invoices, bytes, file: pdfFile(fileName, bytes) };
}

export async function previewLetter(ctx: Ctx, input: LetterPreview): Promise<ExportedFile> {
  return (await letterFile(ctx, input.customerId, input.tone, input.asOf)).file;
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
  let file: ExportedFile;
  let bytes: Uint8Array;
  let words: MergedLetter;
  let invoices: LetterInvoice[];
  let amountDue: number;
  let periodFrom: IsoDate | null = null;
  if (input.kind === 'letter') {
    const letter = await letterFile(ctx, input.customerId, input.tone!, asOf);
    ({ file, bytes } = letter);
    words = letter.merged;
    invoices = letter.invoices;
    amountDue = invoices.reduce((sum, i) => sum + i.owed, 0);
  } else {
    const statement = await statementFile(ctx, {
      kind: input.kind,
      customerId: input.customerId,
      asOf,
      ...(input.from ? { from: input.from } : {}),
    });
    const { rendered } = statement;
    periodFrom = rendered.from;
    file = statement.file;
    bytes = rendered.bytes;
    amountDue = rendered.parts[0]!.amountDue;
    // The cover note's words, and the invoices open on the statement's date: what its balance is made of.
    const cover = mergeLetter(ctx, 'statement', input.customerId, asOf);
    words = cover.merged;
    invoices = cover.invoices;
  }
  const settings = loadIdentity(ctx).settings;
  const document = recordDocument(ctx, {
    customerId: input.customerId,
    kind: input.kind,
    tone: input.kind === 'letter' ? input.tone! : null,
    asOf,
    periodFrom,
    amountDue,
    currency: settings.currency,
    via: input.via,
    fileName: file.fileName,
    bytes,
    invoices: invoices.map((i) => ({ invoiceId: i.id, amountDue: i.owed })),
  });
  if (input.via !== 'email') return { file, document };
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
