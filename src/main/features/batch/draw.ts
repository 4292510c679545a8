import type { BucketDef } from '../../../shared/contract/ageing';
import type { LetterInvoice, MergedLetter } from '../../../shared/contract/templates';
import { fixedClock, type IsoDate } from '../../../shared/dates';
import { DulyError } from '../../../shared/errors';
import { type PdfSection, renderSections, type SectionPages } from '../../pdf/document';
import { emailDraft, type MailAddress } from '../delivery/email-draft';
import { splitPdf } from '../delivery/pdf-split';
import { type DocumentIdentity, formatsFor, letterSetup } from '../documents/identity';
import { letterSection } from '../documents/letter.pdf';
import type { StatementData } from '../documents/statement.data';
import {
  drawStatement,
  type StatementRun,
  statementSection,
  statementTitle,
} from '../documents/statement.pdf';
import type { CustomerContact } from '../reports/reports.repository';

// One piece of a batch, drawn on whichever thread it is given to: every customer's part as a
// section of one PDF (each on new pages, "Page 1 of n" of its own), then that PDF cut into a file
// per customer (copied out, not drawn again) and, when asked, an email draft for each with the file
// attached. Everything in and out is plain data, so a piece crosses into a worker thread as it is;
// nothing here reads the books.

export interface DrawItem {
  customerId: number;
  /** The PDF's name as attached to the email and kept on the history. */
  fileName: string;
  statement?: StatementData;
  letter?: { customer: CustomerContact; merged: MergedLetter; invoices: LetterInvoice[] };
  /** An email draft to write, for a customer with an address. */
  email?: { to: MailAddress; subject: string; text: string };
}

export interface DrawPiece {
  kind: 'statement' | 'letter';
  identity: DocumentIdentity;
  asOf: IsoDate;
  /** Statements: the ageing row's buckets. */
  defs: BucketDef[];
  /** The piece's file as a whole (what the combined PDF says in a viewer's title bar). */
  setup: { title: string; subject: string; footer: string; createdAt: string };
  /** Who the email drafts are from, and when they are dated (ISO). */
  mail: { from: MailAddress; date: string };
  items: DrawItem[];
}

export interface DrawnPiece {
  bytes: Uint8Array;
  sections: SectionPages<number>[];
  /** One per item, in order. */
  files: Uint8Array[];
  /** One per item, in order: null where no draft was asked for. */
  emls: (Uint8Array | null)[];
}

export interface DrawHooks {
  /** One more customer drawn. */
  tick(): void;
  /** Checked before each customer: true stops the piece with a 'cancelled' error. */
  stopped(): boolean;
}

export const cancelledBatch = () =>
  new DulyError('cancelled', 'The batch was cancelled; nothing was saved and no files were kept.');

export async function drawPiece(piece: DrawPiece, hooks: DrawHooks): Promise<DrawnPiece> {
  const { identity, asOf } = piece;
  const run: StatementRun = { identity, fmt: formatsFor(identity), defs: piece.defs };
  const title = statementTitle(run, asOf);
  const sections = piece.items.map((item): PdfSection<number> => {
    const { letter, statement } = item;
    const section = letter
      ? letterSection({ identity, ...letter, asOf })
      : statementSection(run, statement!.customer, title, (pdf) => drawStatement(pdf, run, statement!));
    return {
      ...section,
      draw: (pdf) => {
        if (hooks.stopped()) throw cancelledBatch();
        section.draw(pdf);
        hooks.tick();
      },
    };
  });
  const { setup } = piece;
  const rendered = await renderSections(
    letterSetup(identity, { ...setup, createdAt: new Date(setup.createdAt) }),
    sections,
  );
  if (hooks.stopped()) throw cancelledBatch();
  // Each part keeps its section's title: "Statement as of 23 Nov 2026, Acme Ltd", or the letter's subject.
  const parts = splitPdf(rendered.bytes, rendered.sections);
  const files = rendered.sections.map((s) => parts.get(s.key)!);
  const clock = { ...fixedClock(asOf), now: () => new Date(piece.mail.date) };
  const emls: (Uint8Array | null)[] = [];
  for (const [i, item] of piece.items.entries()) {
    if (!item.email) {
      emls.push(null);
      continue;
    }
    if (i % 50 === 0 && hooks.stopped()) throw cancelledBatch();
    const eml = await emailDraft(clock, {
      from: piece.mail.from,
      to: item.email.to,
      subject: item.email.subject,
      text: item.email.text,
      attachment: { fileName: item.fileName, bytes: files[i]! },
    });
    emls.push(own(eml));
  }
  return { bytes: own(rendered.bytes), sections: rendered.sections, files, emls };
}

/** Bytes with an ArrayBuffer of their own, so they can be handed to another thread without a copy. */
export function own(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes;
  return new Uint8Array(bytes);
}

/** Every buffer in a drawn piece, once each: the transfer list for postMessage. */
export function buffersOf(piece: DrawnPiece): ArrayBuffer[] {
  const all = new Set<ArrayBuffer>();
  for (const b of [piece.bytes, ...piece.files, ...piece.emls]) if (b) all.add(b.buffer as ArrayBuffer);
  return [...all];
}
