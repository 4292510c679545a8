import fs from 'node:fs';
import path from 'node:path';
import type { PdfDoc } from './document';
import { resourcesDir } from './resources';

// Noto Sans (SIL Open Font License 1.1, resources/fonts/OFL.txt): Latin with every European accent,
// Greek and Cyrillic in one family, so a customer called Łukasz, Σοφία or Ярослав never prints as
// boxes. Its default figures are tabular (every digit 572 units wide), so amounts line up in columns
// without an OpenType feature, which would switch off pdfkit's layout cache. The files are read from
// disk once per process; each document registers them and pdfkit embeds only the glyphs it uses.

export type FontStyle = 'regular' | 'bold';

/** Names the fonts are registered under in every document: doc.font(FONT.bold). */
export const FONT: Record<FontStyle, string> = { regular: 'Duly-Regular', bold: 'Duly-Bold' };

const FILES: Record<FontStyle, string> = { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' };

let cache: Record<FontStyle, Buffer> | undefined;

/** The font files' bytes, read once per process. */
export function fontBytes(): Record<FontStyle, Buffer> {
  if (!cache) {
    const dir = path.join(resourcesDir(), 'fonts');
    cache = {
      regular: fs.readFileSync(path.join(dir, FILES.regular)),
      bold: fs.readFileSync(path.join(dir, FILES.bold)),
    };
  }
  return cache;
}

/** Registers the fonts with one document and selects the regular one. */
export function registerFonts(doc: PdfDoc): void {
  const bytes = fontBytes();
  doc.registerFont(FONT.regular, bytes.regular);
  doc.registerFont(FONT.bold, bytes.bold);
  doc.font(FONT.regular);
}

/** Tests only: forget the cached bytes (after pointing DULY_RESOURCES elsewhere). */
export function forgetFontBytes(): void {
  cache = undefined;
}
