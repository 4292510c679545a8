import type { z } from 'zod';
import {
  type LetterInvoice,
  type MergedLetter,
  TEMPLATE_KEYS,
  type TemplateDto,
  type TemplateKey,
  type TemplateList,
  type TemplatePreview,
  type templatesPreviewInput,
  type templatesSaveInput,
} from '../../../shared/contract/templates';
import type { IsoDate } from '../../../shared/dates';
import { type Ctx, stamp } from '../../context';
import { DEFAULT_TEMPLATES, FALLBACK_SUBJECTS } from './defaults';
import { letterFacts } from './letter-values';
import { checkTemplate, mergeTemplate, type TemplateText } from './merge-engine';

// The owner's wording of each letter: a row in letter_templates when they have changed it, Duly's
// default otherwise. Saving checks every field first; saving Duly's own words back (or resetting)
// removes the row, so the letter keeps "Duly's wording" and follows it if a later version improves it.

function savedRow({ books }: Ctx, key: TemplateKey) {
  return books.first(books.db.selectFrom('letter_templates').selectAll().where('key', '=', key));
}

function toDto(key: TemplateKey, row: ReturnType<typeof savedRow>): TemplateDto {
  if (!row) return { key, ...DEFAULT_TEMPLATES[key], isDefault: true, updatedAt: null };
  return {
    key,
    subject: row.subject,
    body: row.body,
    emailBody: row.email_body,
    isDefault: false,
    updatedAt: row.updated_at,
  };
}

/** The wording a letter uses now: the owner's, or Duly's. */
export function templateFor(ctx: Ctx, key: TemplateKey): TemplateText {
  const { subject, body, emailBody } = toDto(key, savedRow(ctx, key));
  return { subject, body, emailBody };
}

export function listTemplates(ctx: Ctx): TemplateList {
  const { books } = ctx;
  const rows = new Map(books.all(books.db.selectFrom('letter_templates').selectAll()).map((r) => [r.key, r]));
  return { templates: TEMPLATE_KEYS.map((key) => toDto(key, rows.get(key))) };
}

const sameText = (a: TemplateText, b: TemplateText) =>
  a.subject === b.subject && a.body === b.body && a.emailBody === b.emailBody;

export function saveTemplate(ctx: Ctx, input: z.output<typeof templatesSaveInput>): TemplateDto {
  const { key, subject, body, emailBody } = input;
  const text = { subject, body, emailBody };
  // Refused, with the part and line of every unknown field, before anything is written.
  checkTemplate(text);
  const { books } = ctx;
  return books.transaction(() => {
    if (sameText(text, DEFAULT_TEMPLATES[key])) {
      books.run(books.db.deleteFrom('letter_templates').where('key', '=', key));
    } else {
      const row = { subject, body, email_body: emailBody, updated_at: stamp(ctx) };
      books.run(
        books.db
          .insertInto('letter_templates')
          .values({ key, ...row })
          .onConflict((oc) => oc.column('key').doUpdateSet(row)),
      );
    }
    return toDto(key, savedRow(ctx, key));
  });
}

export function resetTemplate(ctx: Ctx, key: TemplateKey): TemplateDto {
  const { books } = ctx;
  return books.transaction(() => {
    books.run(books.db.deleteFrom('letter_templates').where('key', '=', key));
    return toDto(key, undefined);
  });
}

function merged(ctx: Ctx, key: TemplateKey, text: TemplateText, customerId: number, asOf: IsoDate) {
  const parsed = checkTemplate(text);
  const facts = letterFacts(ctx, key, customerId, asOf);
  return { facts, merged: mergeTemplate(parsed, facts.values, FALLBACK_SUBJECTS[key]) };
}

/**
 * A letter's words for one customer as of a date (today when left out), and the invoices it is
 * about: what the document renderer prints.
 */
export function mergeLetter(
  ctx: Ctx,
  key: TemplateKey,
  customerId: number,
  asOf: IsoDate = ctx.clock.today(),
): { merged: MergedLetter; invoices: LetterInvoice[] } {
  const result = merged(ctx, key, templateFor(ctx, key), customerId, asOf);
  return { merged: result.merged, invoices: result.facts.invoices };
}

/** Unsaved text merged for a customer, so the editor shows the letter as it will read. */
export function previewTemplate(ctx: Ctx, input: z.output<typeof templatesPreviewInput>): TemplatePreview {
  const saved = templateFor(ctx, input.key);
  const text: TemplateText = {
    subject: input.subject ?? saved.subject,
    body: input.body ?? saved.body,
    emailBody: input.emailBody ?? saved.emailBody,
  };
  const asOf = input.asOf ?? ctx.clock.today();
  const { facts, merged: letter } = merged(ctx, input.key, text, input.customerId, asOf);
  return {
    key: input.key,
    asOf,
    currency: facts.settings.currency,
    customer: facts.customer,
    merged: letter,
    invoices: facts.invoices,
    values: facts.values.fields,
    signature: { name: facts.settings.signatureName, business: facts.settings.businessName },
  };
}
