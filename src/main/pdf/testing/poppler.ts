import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Tests read the PDFs Duly writes with poppler's tools, as a person's viewer would: the text as laid
// out (pdftotext -layout), the metadata (pdfinfo), the pages as pictures (pdftoppm).

/** Whether poppler-utils is installed; tests skip with a message when it is not. */
export const hasPoppler: boolean = spawnSync('pdftotext', ['-v']).status === 0;

export const NO_POPPLER =
  'pdftotext is missing: install poppler-utils (apt-get install poppler-utils) to run these tests';

function withFile<T>(bytes: Uint8Array, fn: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  try {
    fs.writeFileSync(file, bytes);
    return fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  return r.stdout;
}

/** The text of every page, laid out as printed; pages in order. */
export function pdfPages(bytes: Uint8Array): string[] {
  const text = withFile(bytes, (file) => run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']));
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** pdfinfo's fields: Title, Author, Pages, Page size… */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withFile(bytes, (file) => run('pdfinfo', ['-enc', 'UTF-8', file]));
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

/** The fonts the document uses, as pdffonts lists them (name, type, embedded, subset). */
export function pdfFonts(bytes: Uint8Array): string {
  return withFile(bytes, (file) => run('pdffonts', [file]));
}

/** Renders pages to PNG files named <prefix>-<n>.png (for looking at, never in the repo). */
export function pdfToPng(
  bytes: Uint8Array,
  prefix: string,
  options: { first?: number; last?: number; dpi?: number } = {},
): void {
  withFile(bytes, (file) => {
    const args = ['-png', '-r', String(options.dpi ?? 60)];
    if (options.first) args.push('-f', String(options.first));
    if (options.last) args.push('-l', String(options.last));
    run('pdftoppm', [...args, file, prefix]);
  });
}

/** A word where poppler finds it: points from the page's top-left corner, pages counted from 1. */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const fromXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every word with its box (pdftotext -bbox): for checking that text lands where it must. */
export function pdfWords(bytes: Uint8Array): PdfWord[] {
  const html = withFile(bytes, (file) => run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']));
  const words: PdfWord[] = [];
  let page = 0;
  const tag = /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(tag)) {
    if (m[0].startsWith('<page')) {
      page++;
      continue;
    }
    words.push({
      page,
      text: fromXml(m[5]!),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    });
  }
  return words;
}
