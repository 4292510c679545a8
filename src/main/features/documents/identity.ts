import type { SettingsDto } from '../../../shared/contract/settings';
import type { Ctx } from '../../context';
import type { Pdf, PdfSetup } from '../../pdf/document';
import { type EnvelopeLayout, envelopeLayout } from '../../pdf/envelope';
import { type DocumentFormats, documentFormats } from '../../pdf/format';
import {
  drawLetterhead,
  drawSlimHeader,
  LETTER_MARGINS,
  type LetterheadIdentity,
  type Logo,
} from '../../pdf/letterhead';
import { addressLines } from '../reports/report-words';
import type { CustomerContact } from '../reports/reports.repository';
import { readLogo } from '../settings/logo.service';
import { getSettings } from '../settings/settings.service';

// Who sends letters and statements, as Settings describe the business: name, address, how to reach
// it and how to pay, the paper, the envelope's offsets, and the logo kept in the books.

export interface DocumentIdentity {
  settings: SettingsDto;
  logo: Logo | null;
}

/** The settings and the logo, read together. */
export function loadIdentity(ctx: Ctx): DocumentIdentity {
  return ctx.books.sqlite
    .transaction((): DocumentIdentity => ({ settings: getSettings(ctx), logo: readLogo(ctx) ?? null }))
    .deferred();
}

export function letterheadIdentity({ settings, logo }: DocumentIdentity): LetterheadIdentity {
  return {
    name: settings.businessName,
    address: addressLines({ ...settings, country: '' }),
    country: settings.country,
    phone: settings.phone,
    email: settings.email,
    taxNumber: settings.taxNumber,
    logo,
  };
}

/** The window envelope's boxes on the business's paper, moved by its offsets. */
export function envelopeFor(settings: SettingsDto): EnvelopeLayout {
  return envelopeLayout(settings.paper, settings.envelopeOffsetMm);
}

/**
 * The address as it goes in the window: the customer, the person to ask when there is one (and not
 * the same name), then the address lines.
 */
export function recipientLines(c: CustomerContact): string[] {
  const contact = c.contactName.trim();
  const person = contact !== '' && contact.toLowerCase() !== c.name.trim().toLowerCase() ? [contact] : [];
  return [c.name, ...person, ...addressLines(c)];
}

/** How every letter and statement is set up: the business's paper, letter margins, metadata. */
export function letterSetup(
  identity: DocumentIdentity,
  doc: { title: string; subject?: string; footer: string; createdAt: Date },
): PdfSetup {
  const { settings } = identity;
  return {
    paper: settings.paper,
    margins: LETTER_MARGINS[settings.paper],
    title: doc.title,
    author: settings.businessName || 'Duly',
    ...(doc.subject ? { subject: doc.subject } : {}),
    lang: settings.locale,
    createdAt: doc.createdAt,
    footer: doc.footer,
  };
}

export function formatsFor(identity: DocumentIdentity): DocumentFormats {
  return documentFormats(identity.settings);
}

/**
 * Page one of a letter or statement: the letterhead with the customer in the window; every later
 * page gets the slim header (the business, and `running` on the right).
 */
export function startLetter(
  pdf: Pdf,
  identity: DocumentIdentity,
  customer: CustomerContact,
  facts: readonly (readonly [string, string])[],
  running: string,
): void {
  pdf.addPage('portrait');
  drawLetterhead(pdf, {
    identity: letterheadIdentity(identity),
    envelope: envelopeFor(identity.settings),
    recipient: recipientLines(customer),
    facts,
  });
  pdf.continuation = (p) => drawSlimHeader(p, identity.settings.businessName, running);
}
