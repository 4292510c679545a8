import PDFDocument from 'pdfkit';
import type { Paper } from '../../shared/contract/settings';
import { FONT, registerFonts } from './fonts';
import { hairline, INK, put } from './text';

// One PDF from start to bytes: paper and margins, the fonts, the metadata, "Page 1 of 3" on every
// page, and the finished file as bytes. Pages stay in memory (bufferPages) until the end, because a
// footer can only say "of 3" once the last page exists.

/** A pdfkit document (the instance type; pdfkit's typings name it like the class). */
export type PdfDoc = typeof PDFDocument;

export type { Paper };
export type Orientation = 'portrait' | 'landscape';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const MM = 72 / 25.4;

/** Points (1/72 in) from millimetres. */
export const mm = (millimetres: number): number => millimetres * MM;

const SIZES: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };

/** 15 mm around, with room at the bottom for the footer line. */
export const DEFAULT_MARGINS: Margins = { top: mm(15), right: mm(15), bottom: mm(18), left: mm(15) };

export interface PdfSetup {
  paper: Paper;
  margins?: Partial<Margins>;
  /** Document metadata: what a viewer shows in its title bar. */
  title: string;
  author: string;
  subject?: string;
  /** The business's locale, as the document's language (screen readers). */
  lang?: string;
  /** From the injected clock, so the same books give the same file. */
  createdAt: Date;
  /** The small line at the foot of every page, left of "Page 1 of 3" (the business, the date printed). */
  footer: string;
}

/** The document being drawn, with its page geometry. The cursor `y` is where the next thing goes. */
export class Pdf {
  readonly doc: PdfDoc;
  readonly paper: Paper;
  readonly margins: Margins;
  y: number;
  /**
   * Drawn at the top of every page added from now on, before anything else (a letter's slim header
   * on the pages after its letterhead). Tables and text that break pages get it without knowing.
   */
  continuation: ((pdf: Pdf) => void) | undefined;

  constructor(doc: PdfDoc, paper: Paper, margins: Margins) {
    this.doc = doc;
    this.paper = paper;
    this.margins = margins;
    this.y = margins.top;
  }

  /** Of the current page (portrait before the first). */
  get orientation(): Orientation {
    const page = this.doc.page as PDFKit.PDFPage | null;
    return page && page.width > page.height ? 'landscape' : 'portrait';
  }
  get left(): number {
    return this.margins.left;
  }
  get right(): number {
    return this.doc.page.width - this.margins.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return this.margins.top;
  }
  /** The lowest point content may reach; the footer lives below it. */
  get bottom(): number {
    return this.doc.page.height - this.margins.bottom;
  }
  /** Room left on the page below the cursor. */
  get room(): number {
    return this.bottom - this.y;
  }

  /** Width of the content box for an orientation of this paper, without adding a page. */
  widthFor(layout: Orientation): number {
    const [w, h] = SIZES[this.paper];
    return (layout === 'portrait' ? w : h) - this.margins.left - this.margins.right;
  }

  addPage(layout: Orientation = this.orientation): void {
    this.doc.addPage({ size: SIZES[this.paper], layout, margins: this.margins });
    this.y = this.margins.top;
    this.continuation?.(this);
  }

  /** A new page first when `height` does not fit below the cursor. */
  ensureRoom(height: number): void {
    if (this.y + height > this.bottom) this.addPage();
  }
}

/**
 * Draws a document and returns its bytes. `draw` starts with pdf.addPage(orientation) and lays out
 * the content; the footers are written once it returns.
 */
export async function renderPdf(setup: PdfSetup, draw: (pdf: Pdf) => void): Promise<Uint8Array> {
  return (await renderSections(setup, [{ key: 'document', draw }])).bytes;
}

/** One part of a combined PDF: one customer's statement or letter in a batch. */
export interface PdfSection<K = string> {
  key: K;
  /** The part's own title, handed back with its pages (a file split from the batch is named by it). */
  title?: string;
  /** A bookmark in the viewer's outline, pointing at the section's first page. */
  bookmark?: string;
  /** The section's own footer line (default: the setup's). */
  footer?: string;
  /** Starts with pdf.addPage(); the section's pages are numbered "Page 1 of n" on their own. */
  draw(pdf: Pdf): void;
}

/** Where a section landed: its first page (1-based) and how many pages it has. */
export interface SectionPages<K = string> {
  key: K;
  firstPage: number;
  pageCount: number;
  title?: string;
}

/**
 * Draws several documents into one PDF (a batch of statements to print in one go). Each section
 * starts on a new page and numbers its own pages, so each customer's part reads as a document of its
 * own, and the page ranges returned let the file be split per customer later. A section's pages are
 * written out once its footers are on them, so a batch of thousands keeps only one in memory.
 */
export async function renderSections<K>(
  setup: PdfSetup,
  sections: readonly PdfSection<K>[],
): Promise<{ bytes: Uint8Array; sections: SectionPages<K>[] }> {
  const margins = { ...DEFAULT_MARGINS, ...setup.margins };
  const doc = new PDFDocument({
    size: SIZES[setup.paper],
    margins,
    bufferPages: true,
    // The first page comes from draw, which may want it in landscape.
    autoFirstPage: false,
    displayTitle: true,
    pdfVersion: '1.7',
    ...(setup.lang ? { lang: setup.lang } : {}),
    info: {
      Title: setup.title,
      Author: setup.author,
      ...(setup.subject ? { Subject: setup.subject } : {}),
      Creator: 'Duly',
      CreationDate: setup.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  const placed: SectionPages<K>[] = [];
  for (const section of sections) {
    const pdf = new Pdf(doc, setup.paper, margins);
    const first = doc.bufferedPageRange();
    section.draw(pdf);
    if (doc.bufferedPageRange().count === 0) pdf.addPage('portrait');
    const range = doc.bufferedPageRange();
    if (section.bookmark) {
      // pdfkit's own option (missing from its typings): the page the bookmark opens, shown whole.
      const at = { pageNumber: range.start, fit: true, expanded: false };
      doc.outline.addItem(section.bookmark, at as { expanded: boolean });
    }
    writeFooters(pdf, section.footer ?? setup.footer);
    placed.push({
      key: section.key,
      firstPage: first.start + 1,
      pageCount: range.count,
      ...(section.title ? { title: section.title } : {}),
    });
    doc.flushPages();
  }
  if (sections.length === 0) {
    const pdf = new Pdf(doc, setup.paper, margins);
    pdf.addPage('portrait');
    writeFooters(pdf, setup.footer);
  }
  doc.end();
  return { bytes: await done, sections: placed };
}

const FOOTER = { size: 7.5, color: INK.muted } as const;

/** "Page n of m" on the right and the caller's line on the left, at the foot of every page. */
function writeFooters(pdf: Pdf, line: string): void {
  const { doc } = pdf;
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const baseline = pdf.bottom + pdf.margins.bottom / 2 + 2;
    hairline(doc, pdf.left, pdf.right, baseline - 11, 0.5, INK.rule);
    const page = `Page ${i + 1} of ${range.count}`;
    const pageWidth = put(
      doc,
      page,
      pdf.right,
      baseline,
      { ...FOOTER, font: FONT.regular },
      { align: 'right' },
    );
    put(
      doc,
      line,
      pdf.left,
      baseline,
      { ...FOOTER, font: FONT.regular },
      { width: pdf.width - pageWidth - 12 },
    );
  }
}
