import type { PdfDoc } from './document';

// Placing single lines of text exactly: on a baseline, left, right or centred in a box, cut with an
// ellipsis or wrapped by words when too wide. Nothing here lets pdfkit wrap or add pages by itself, so
// the layout above decides every line and every page break.

export type Align = 'left' | 'right' | 'center';

export interface TextStyle {
  /** A registered name: FONT.regular or FONT.bold. */
  font: string;
  size: number;
  color?: string;
}

/** The palette of every Duly document: dark ink, a quieter grey, hairlines and a pale band. */
export const INK = {
  text: '#1c2228',
  muted: '#5b6670',
  faint: '#8b959e',
  rule: '#c5ccd3',
  strong: '#28323c',
  accent: '#1f4e79',
  band: '#f2f4f6',
  totalBand: '#e6ebf0',
} as const;

/**
 * A straight line across from x1 to x2 at y, in its own graphics state: the rules under headers and
 * above totals and footers, fold marks.
 */
export function hairline(doc: PdfDoc, x1: number, x2: number, y: number, width: number, color: string): void {
  doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
}

/** Line spacing for wrapped text, in em. */
export const LEADING = 1.3;

function apply(doc: PdfDoc, style: TextStyle): void {
  doc.font(style.font, style.size);
}

export function measure(doc: PdfDoc, text: string, style: TextStyle): number {
  apply(doc, style);
  return doc.widthOfString(text);
}

/**
 * Draws one line with its baseline at `baseline`. Left-aligned text starts at x; right-aligned text
 * ends at x + width (or at x without a width); centred text is centred in the box. Text wider than
 * the width is cut with an ellipsis. Returns the width drawn.
 */
export function put(
  doc: PdfDoc,
  text: string,
  x: number,
  baseline: number,
  style: TextStyle,
  box: { width?: number; align?: Align } = {},
): number {
  if (text === '') return 0;
  apply(doc, style);
  let line = text;
  let w = doc.widthOfString(line);
  if (box.width !== undefined && w > box.width) {
    line = ellipsize(doc, text, box.width);
    w = doc.widthOfString(line);
  }
  const align = box.align ?? 'left';
  const span = box.width ?? 0;
  const left = align === 'right' ? x + span - w : align === 'center' ? x + (span - w) / 2 : x;
  doc.fillColor(style.color ?? INK.text);
  // textWidth: pdfkit's own option (missing from its typings) to reuse the width measured above.
  const options = { lineBreak: false, baseline: 'alphabetic', textWidth: w } as PDFKit.Mixins.TextOptions;
  doc.text(line, left, baseline, options);
  return w;
}

/** The longest start of `text` that fits in `width` with an ellipsis (the current font and size). */
function ellipsize(doc: PdfDoc, text: string, width: number): string {
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('').trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/**
 * Breaks text into lines no wider than `width`, at spaces (a word longer than the line is cut where
 * it must be). At most `maxLines`: the last one ends with an ellipsis when text is left over.
 */
export function wrapText(doc: PdfDoc, text: string, style: TextStyle, width: number, maxLines = 3): string[] {
  apply(doc, style);
  if (doc.widthOfString(text) <= width) return [text];
  const lines: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter((w) => w !== '');
  let i = 0;
  for (; i < words.length && lines.length <= maxLines; i++) {
    const word = words[i]!;
    const candidate = current === '' ? word : `${current} ${word}`;
    if (doc.widthOfString(candidate) <= width) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = '';
    if (doc.widthOfString(word) <= width) {
      current = word;
      continue;
    }
    // A single word wider than the line: as many characters as fit, the rest on the next line.
    for (const c of word) {
      if (current !== '' && doc.widthOfString(current + c) > width) {
        lines.push(current);
        current = '';
      }
      current += c;
    }
  }
  if (current !== '') lines.push(current);
  const rest = words.slice(i).join(' ');
  if (lines.length <= maxLines && rest === '') return lines;
  const kept = lines.slice(0, maxLines);
  const overflow = [kept.at(-1), ...lines.slice(maxLines), rest].filter(Boolean).join(' ');
  kept[kept.length - 1] = ellipsize(doc, overflow, width);
  return kept;
}

/** How far the font reaches above and below the baseline at this size, in points (both positive). */
export function verticalMetrics(doc: PdfDoc, style: TextStyle): { ascent: number; descent: number } {
  apply(doc, style);
  // pdfkit's font object (not in its typings) holds the metrics in thousandths of an em.
  const font = (doc as unknown as { _font: { ascender: number; descender: number } })._font;
  return { ascent: (font.ascender / 1000) * style.size, descent: (-font.descender / 1000) * style.size };
}
