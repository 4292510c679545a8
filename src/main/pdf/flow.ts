import type { Pdf } from './document';
import { put, type TextStyle, verticalMetrics, wrapText } from './text';

// Running text for letters: paragraphs wrapped to the width, a new page (with the document's
// continuation header) whenever the next line does not fit, never a line cut in half.

export interface ParagraphOptions {
  /** Line spacing in em (default 1.4: a letter, not a table). */
  leading?: number;
  x?: number;
  width?: number;
}

/** The lines a paragraph will take: each of its own lines (it may hold line breaks), wrapped. */
export function paragraphLines(
  pdf: Pdf,
  text: string,
  style: TextStyle,
  width: number = pdf.width,
): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line) => (line.trim() === '' ? [''] : wrapText(pdf.doc, line, style, width, 10_000)));
}

/** Height of a paragraph, for keeping it with what follows. */
export function paragraphHeight(
  pdf: Pdf,
  text: string,
  style: TextStyle,
  options: ParagraphOptions = {},
): number {
  const width = options.width ?? pdf.width;
  return paragraphLines(pdf, text, style, width).length * style.size * (options.leading ?? 1.4);
}

/** Writes a paragraph at the cursor and moves the cursor below it. Empty lines leave a line's space. */
export function paragraph(pdf: Pdf, text: string, style: TextStyle, options: ParagraphOptions = {}): void {
  const width = options.width ?? pdf.width;
  const x = options.x ?? pdf.left;
  const step = style.size * (options.leading ?? 1.4);
  const { ascent } = verticalMetrics(pdf.doc, style);
  for (const line of paragraphLines(pdf, text, style, width)) {
    pdf.ensureRoom(step);
    if (line !== '') put(pdf.doc, line, x, pdf.y + ascent, style, { width });
    pdf.y += step;
  }
}
