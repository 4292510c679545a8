import { Buffer } from 'node:buffer';
import { type Margins, mm, type Paper, type Pdf, type PdfDoc } from './document';
import type { EnvelopeLayout, Rect } from './envelope';
import { FONT } from './fonts';
import { hairline, INK, measure, put, type TextStyle, verticalMetrics, wrapText } from './text';

// The head of page one of every letter and statement: the business (logo, name, address, how to
// reach it) top right; the small return line and the recipient in the window of the envelope, from
// envelopeLayout (moved by the owner's offsets); fold and punch marks on the left edge; the date and
// references beside the window. Later pages get a slim header instead.

/** The logo as kept in the books: PNG or JPEG bytes and their size in pixels. */
export interface Logo {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** Who sends the letter, as printed at its head. */
export interface LetterheadIdentity {
  name: string;
  /** Street lines, then town and postcode: stacked lines, empty ones left out. */
  address: readonly string[];
  country: string;
  phone: string;
  email: string;
  /** Company or tax number, as the owner wants it printed ("VAT GB 123 4567 89"). */
  taxNumber: string;
  logo: Logo | null;
}

export interface LetterheadInput {
  identity: LetterheadIdentity;
  envelope: EnvelopeLayout;
  /** The recipient's name first, then contact and address lines. */
  recipient: readonly string[];
  /** Beside the window under the business: label and value ("Date", "Our reference"). */
  facts: readonly (readonly [string, string])[];
}

/** Letters sit further in than reports: the text lines up with the address in the window. */
export const LETTER_MARGINS: Record<Paper, Margins> = {
  a4: { top: mm(15), right: mm(20), bottom: mm(20), left: mm(25) },
  letter: { top: 36, right: 54, bottom: 50, left: 72 },
};

/** Where the column right of the window starts: DIN 5008's information block, 125 mm in; 4¾ in on Letter. */
const COLUMN_X: Record<Paper, number> = { a4: mm(125), letter: 4.75 * 72 };

const LOGO_BOX = { width: mm(40), height: mm(18) };
const NAME: TextStyle = { font: FONT.bold, size: 10.5, color: INK.text };
const DETAIL: TextStyle = { font: FONT.regular, size: 8, color: INK.muted };
const FACT_LABEL: TextStyle = { font: FONT.regular, size: 8, color: INK.muted };
const FACT_VALUE: TextStyle = { font: FONT.regular, size: 9, color: INK.text };
const SLIM_LEFT: TextStyle = { font: FONT.bold, size: 8, color: INK.strong };
const SLIM_RIGHT: TextStyle = { font: FONT.regular, size: 8, color: INK.muted };
const RETURN: TextStyle = { font: FONT.regular, size: 6.5, color: INK.muted };
/** The address's size, and the smallest it shrinks to before lines are left out. */
const ADDRESS_SIZES = [10, 9.5, 9, 8.5, 8] as const;
/** 10 pt on 12 pt lines, as the calibration page shows it: six lines fill DIN 5008's 27.3 mm. */
const ADDRESS_LEADING = 1.2;

/** Draws page one's head and leaves the cursor where the letter's content starts. */
export function drawLetterhead(pdf: Pdf, input: LetterheadInput): void {
  const { doc } = pdf;
  const { identity, envelope } = input;
  drawMarks(pdf, envelope);
  const x = COLUMN_X[pdf.paper];
  const width = pdf.right - x;
  let y = pdf.top;
  if (identity.logo) {
    const image = logoImage(doc, identity.logo);
    // Scaled to fit the box, at the head of the column.
    const scale = Math.min(LOGO_BOX.width / identity.logo.width, LOGO_BOX.height / identity.logo.height);
    const w = identity.logo.width * scale;
    const h = identity.logo.height * scale;
    doc.image(image, x, y, { width: w, height: h });
    y += h + mm(4);
  }
  for (const line of wrapText(doc, identity.name, NAME, width, 2)) {
    y += 12;
    put(doc, line, x, y, NAME, { width });
  }
  if (identity.name !== '') y += 2;
  const details = [
    ...identity.address,
    identity.country,
    identity.phone,
    identity.email,
    identity.taxNumber,
  ].filter((l) => l.trim() !== '');
  for (const line of details) {
    y += 10.5;
    put(doc, line, x, y, DETAIL, { width });
  }
  // The date and references line up with the top of the window, or sit under a long business block.
  y = Math.max(y + 14, envelope.window.y + 12);
  for (const [label, value] of input.facts) {
    put(doc, label, x, y, FACT_LABEL, { width: width * 0.45 });
    put(doc, value, x + width * 0.45, y, FACT_VALUE, { width: width * 0.55 });
    y += 13;
  }
  drawReturnLine(doc, envelope.returnLine, returnLineText(doc, identity, envelope.returnLine.width));
  drawRecipient(doc, envelope.recipient, envelope.maxLines, input.recipient);
  pdf.y = Math.max(envelope.window.y + envelope.window.height, y) + mm(8);
}

/**
 * The line above the recipient that the post office reads when a letter comes back: the business and
 * its address, the country and then the second address line left out when the whole does not fit.
 */
export function returnLineText(doc: PdfDoc, identity: LetterheadIdentity, width: number): string {
  const join = (lines: readonly string[]) =>
    [identity.name, ...lines].filter((l) => l.trim() !== '').join(' · ');
  const street = identity.address.slice(0, -1);
  const town = identity.address.slice(-1);
  const tries = [[...identity.address, identity.country], identity.address, [...street.slice(0, 1), ...town]];
  return tries.map(join).find((t) => measure(doc, t, RETURN) <= width) ?? join(tries.at(-1)!);
}

function drawReturnLine(doc: PdfDoc, box: Rect, text: string): void {
  if (text === '') return;
  const { descent } = verticalMetrics(doc, RETURN);
  const baseline = box.y + box.height - descent - 1.5;
  const w = put(doc, text, box.x, baseline, RETURN, { width: box.width });
  hairline(doc, box.x, box.x + w, baseline + 1.6, 0.35, INK.faint);
}

/** The recipient's lines as they will be printed: at what size, each line no wider than the box. */
export interface FittedAddress {
  size: number;
  lines: string[];
  /** Distance between baselines. */
  step: number;
  ascent: number;
}

/**
 * Fits an address into the recipient box, never beyond it: long lines wrap, and when the lines do not
 * fit at the usual size the text shrinks a little; at the smallest size the contact line goes, then
 * the last lines are cut (an ellipsis says so). A window envelope shows nothing outside the box.
 */
export function fitAddress(
  doc: PdfDoc,
  lines: readonly string[],
  box: Rect,
  maxLines: number,
): FittedAddress {
  const given = lines.filter((l) => l.trim() !== '');
  const attempt = (size: number, source: readonly string[], cut: boolean): FittedAddress | undefined => {
    const style = { font: FONT.regular, size };
    const { ascent, descent } = verticalMetrics(doc, style);
    const step = size * ADDRESS_LEADING;
    // Lines that fit in the height, and never more than the postal limit at the usual size.
    const room = Math.floor((box.height - ascent - descent) / step) + 1;
    const most = size === ADDRESS_SIZES[0] ? Math.min(maxLines, room) : room;
    const out = source.flatMap((l) => wrapText(doc, l, style, box.width, 3));
    if (out.length <= most) return { size, lines: out, step, ascent };
    if (!cut) return undefined;
    const kept = out.slice(0, most);
    kept[most - 1] = wrapText(doc, out.slice(most - 1).join(' '), style, box.width, 1)[0]!;
    return { size, lines: kept, step, ascent };
  };
  for (const size of ADDRESS_SIZES) {
    const fitted = attempt(size, given, false);
    if (fitted) return fitted;
  }
  const smallest = ADDRESS_SIZES.at(-1)!;
  // Without the contact (the second line, when the customer is a business with a person to ask).
  const withoutContact = given.length > 2 ? [given[0]!, ...given.slice(2)] : given;
  return attempt(smallest, withoutContact, false) ?? attempt(smallest, withoutContact, true)!;
}

function drawRecipient(doc: PdfDoc, box: Rect, maxLines: number, lines: readonly string[]): void {
  const fitted = fitAddress(doc, lines, box, maxLines);
  const style = { font: FONT.regular, size: fitted.size, color: INK.text };
  fitted.lines.forEach((line, i) => {
    put(doc, line, box.x, box.y + fitted.ascent + i * fitted.step, style, { width: box.width });
  });
}

/** Fold marks and the punch mark, short hairlines at the left edge (inside what printers reach). */
function drawMarks(pdf: Pdf, envelope: EnvelopeLayout): void {
  const mark = (y: number, length: number) => hairline(pdf.doc, mm(4), mm(4) + length, y, 0.4, INK.faint);
  for (const y of envelope.foldMarks) mark(y, mm(5));
  if (envelope.punchMark !== null) mark(envelope.punchMark, mm(7));
}

/**
 * The slim header of every page after the first: the business on the left, what the document is and
 * for whom on the right, a hairline below.
 */
export function drawSlimHeader(pdf: Pdf, left: string, right: string): void {
  const { doc } = pdf;
  const baseline = pdf.top + 8;
  const most = pdf.width * 0.7;
  const w = put(doc, right, pdf.right - most, baseline, SLIM_RIGHT, { width: most, align: 'right' });
  put(doc, left, pdf.left, baseline, SLIM_LEFT, { width: pdf.width - w - 16 });
  hairline(doc, pdf.left, pdf.right, baseline + 5, 0.5, INK.rule);
  pdf.y = baseline + 18;
}

/** The logo opened once per document: pdfkit embeds a buffer again on every call otherwise. */
const opened = new WeakMap<PdfDoc, { logo: Logo; image: unknown }>();

function logoImage(doc: PdfDoc, logo: Logo): never {
  let entry = opened.get(doc);
  if (!entry || entry.logo !== logo) {
    // pdfkit's own method (missing from its typings): reads the image once; image() takes the result.
    const open = (doc as unknown as { openImage(src: Buffer): unknown }).openImage.bind(doc);
    entry = {
      logo,
      image: open(Buffer.from(logo.bytes.buffer, logo.bytes.byteOffset, logo.bytes.byteLength)),
    };
    opened.set(doc, entry);
  }
  return entry.image as never;
}
