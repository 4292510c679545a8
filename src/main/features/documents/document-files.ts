import { Buffer } from 'node:buffer';
import type { ExportedFile } from '../../../shared/contract/reports';
import type { DocumentKind, Tone } from '../../../shared/contract/templates';
import type { IsoDate } from '../../../shared/dates';
import { withoutReservedChars } from '../delivery/file-names';

// How a customer's letter or statement is named as a file, one rule wherever it comes out (preview,
// save, print, email, a batch), so the history lists the same name the owner saw:
// "Statement C001 2026-11-23.pdf", "Friendly reminder C001 2026-11-23.pdf",
// "Account activity C001 2026-10-01 to 2026-11-23.pdf".

/** How a letter of each tone is named in file names and titles. */
export const LETTER_NAMES: Record<Tone, string> = {
  courtesy: 'Courtesy reminder',
  friendly: 'Friendly reminder',
  firm: 'Firm reminder',
  final: 'Final notice',
};

export interface NamedDocument {
  kind: DocumentKind;
  /** Letters only. */
  tone?: Tone | null | undefined;
  /** The customer's reference. */
  ref: string;
  asOf: IsoDate;
  /** Activity statements: the period's first day. */
  from?: IsoDate | null | undefined;
}

export function documentFileName(doc: NamedDocument): string {
  // Only what a file system refuses goes: the name is built around the reference, never just it.
  const ref = withoutReservedChars(doc.ref, '-').trim();
  if (doc.kind === 'activity') return `Account activity ${ref} ${doc.from} to ${doc.asOf}.pdf`;
  const what = doc.kind === 'letter' ? LETTER_NAMES[doc.tone!] : 'Statement';
  return `${what} ${ref} ${doc.asOf}.pdf`;
}

/** A PDF's bytes as a file to hand to the window (to show, save or print). */
export function pdfFile(fileName: string, bytes: Uint8Array): ExportedFile {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { fileName, mimeType: 'application/pdf', base64: buffer.toString('base64'), size: buffer.length };
}
