import { type Column, TABLE_STYLE, type TableStyle } from './columns';
import type { Pdf } from './document';
import { FONT } from './fonts';
import { type Align, hairline, INK, LEADING, put, type TextStyle, wrapText } from './text';

// Tables that read well on paper: a header row at the top of every page the table reaches, rows that
// never split across pages, group headings that never sit alone at the foot of a page and repeat
// "(continued)" on the next, subtotal and total rows. The columns are sized in ./columns.ts.

export { type Column, type ColumnSpec, layoutColumns, TABLE_STYLE, type TableStyle } from './columns';

/** A cell: text, or text with its own colour, weight or a span over the next columns. */
export type Cell = string | { text: string; color?: string; bold?: boolean; span?: number };

/** body: the rows (banded); note: a quiet line among subtotals (not banded); subtotal, total: bold. */
export type RowKind = 'body' | 'note' | 'subtotal' | 'total';

export interface RowOptions {
  kind?: RowKind;
  /** Height that must fit on the same page after this row (keeps a last row with its subtotal). */
  keepWith?: number;
}

/** Something drawn above rows, such as a group heading: its height first, then how to draw it. */
export interface Block {
  height: number;
  draw(pdf: Pdf, top: number): void;
}

export interface TableOptions {
  columns: readonly Column[];
  style?: TableStyle;
  /** Left edge (default: the left margin). */
  x?: number;
  /** On every page the table continues onto, before its header row: a running header. */
  onNewPage?: (pdf: Pdf) => void;
}

interface PreparedCell {
  x: number;
  width: number;
  align: Align;
  lines: string[];
  style: TextStyle;
}

export class TableWriter {
  readonly columns: readonly Column[];
  readonly style: TableStyle;
  readonly x: number;
  readonly width: number;
  private readonly pdf: Pdf;
  private readonly onNewPage: ((pdf: Pdf) => void) | undefined;
  private group: { continued: Block; heading: Block | undefined } | undefined;
  private striped = 0;
  /** Room under the header row of a page this table started; known once it has started one. */
  private freshRoom: number | undefined;

  constructor(pdf: Pdf, options: TableOptions) {
    this.pdf = pdf;
    this.columns = options.columns;
    this.style = options.style ?? TABLE_STYLE;
    this.x = options.x ?? pdf.left;
    this.width = this.columns.reduce((a, c) => a + c.width, 0);
    this.onNewPage = options.onNewPage;
  }

  /** Height of one line of body text in a row, padding included. */
  get rowHeight(): number {
    return this.style.size * LEADING + 2 * this.style.padY;
  }

  /** Draws the header row; a new page first when it and one row do not fit. */
  start(): void {
    if (this.pdf.y + this.headerHeight() + this.rowHeight > this.pdf.bottom) this.newPage();
    else this.drawHeader();
  }

  /**
   * Starts a group (one customer): its heading is drawn with the group's first row, never alone at
   * the foot of a page, and `continued` is drawn under the header row of every page the group
   * continues onto.
   */
  startGroup(heading: Block, continued: Block = heading): void {
    this.group = { heading, continued };
    this.striped = 0;
  }

  endGroup(): void {
    this.group = undefined;
  }

  /**
   * Keeps what comes next together: a new page first when `height` (a whole group: heading, rows
   * and totals, measured by the caller) does not fit in what is left of this page but fits on a fresh
   * one. A group taller than a page starts where it is and breaks with "(continued)" instead.
   */
  keepTogether(height: number): void {
    if (this.pdf.y + height <= this.pdf.bottom) return;
    // Until the table has broken a page, a fresh page's room is estimated without the running header.
    const fresh = this.freshRoom ?? this.pdf.bottom - this.pdf.top - this.headerHeight();
    if (height <= fresh) this.newPage();
  }

  /** Draws a row (a new page first when it does not fit) and returns where it went on its page. */
  row(cells: readonly Cell[], options: RowOptions = {}): { top: number; height: number } {
    const kind = options.kind ?? 'body';
    const prepared = this.prepare(cells, kind);
    const height = this.heightOf(prepared);
    const heading = this.group?.heading;
    const need = height + (options.keepWith ?? 0) + (heading?.height ?? 0);
    if (this.pdf.y + need > this.pdf.bottom) this.newPage();
    if (heading && this.group) {
      heading.draw(this.pdf, this.pdf.y);
      this.pdf.y += heading.height;
      this.group.heading = undefined;
    }
    const top = this.pdf.y;
    this.drawRow(prepared, height, kind);
    return { top, height };
  }

  /** Left edge of column i. */
  columnX(i: number): number {
    return this.x + this.columns.slice(0, i).reduce((a, c) => a + c.width, 0);
  }

  /** The height a row of these cells takes: for keepWith. */
  measureRow(cells: readonly Cell[], kind: RowKind = 'body'): number {
    return this.heightOf(this.prepare(cells, kind));
  }

  private newPage(): void {
    this.pdf.addPage();
    this.onNewPage?.(this.pdf);
    this.drawHeader();
    this.freshRoom = this.pdf.bottom - this.pdf.y;
    this.striped = 0;
    if (this.group && this.group.heading === undefined) {
      this.group.continued.draw(this.pdf, this.pdf.y);
      this.pdf.y += this.group.continued.height;
    }
  }

  private headerLines(): string[][] {
    return this.columns.map((c) => c.header.split('\n'));
  }

  private headerHeight(): number {
    const lines = Math.max(...this.headerLines().map((l) => l.length));
    return lines * this.style.headerSize * LEADING + 2 * this.style.padY + 1;
  }

  private drawHeader(): void {
    const { doc } = this.pdf;
    const { padX, padY, headerSize } = this.style;
    const top = this.pdf.y;
    const height = this.headerHeight();
    const all = this.headerLines();
    const lines = Math.max(...all.map((l) => l.length));
    const style: TextStyle = { font: FONT.bold, size: headerSize, color: INK.muted };
    let x = this.x;
    this.columns.forEach((column, i) => {
      const text = all[i]!;
      // Headers sit on the bottom line, above their column's figures.
      text.forEach((line, j) => {
        const baseline = top + padY + (lines - text.length + j) * headerSize * LEADING + headerSize;
        put(doc, line, x + padX, baseline, style, { width: column.width - 2 * padX, align: column.align });
      });
      x += column.width;
    });
    this.rule(top + height - 0.5, 0.8, INK.strong);
    this.pdf.y = top + height;
  }

  private prepare(cells: readonly Cell[], kind: RowKind): PreparedCell[] {
    const { doc } = this.pdf;
    const { padX, size } = this.style;
    const out: PreparedCell[] = [];
    let x = this.x;
    let i = 0;
    for (const cell of cells) {
      if (i >= this.columns.length) break;
      const c = typeof cell === 'string' ? { text: cell } : cell;
      const span = Math.max(1, c.span ?? 1);
      const covered = this.columns.slice(i, i + span);
      const width = covered.reduce((a, col) => a + col.width, 0);
      const column = covered[0]!;
      const bold = c.bold ?? (kind === 'subtotal' || kind === 'total');
      const color = c.color ?? (kind === 'note' ? INK.muted : INK.text);
      const style: TextStyle = { font: bold ? FONT.bold : FONT.regular, size, color };
      const inner = width - 2 * padX;
      const lines = column.wrap && c.text !== '' ? wrapText(doc, c.text, style, inner) : [c.text];
      out.push({ x: x + padX, width: inner, align: column.align, lines, style });
      x += width;
      i += span;
    }
    return out;
  }

  private heightOf(cells: readonly PreparedCell[]): number {
    const lines = Math.max(1, ...cells.map((c) => c.lines.length));
    return lines * this.style.size * LEADING + 2 * this.style.padY;
  }

  private drawRow(cells: readonly PreparedCell[], height: number, kind: RowKind): void {
    const { doc } = this.pdf;
    const top = this.pdf.y;
    const { padY, size } = this.style;
    if (kind === 'total') {
      doc.save().rect(this.x, top, this.width, height).fill(INK.totalBand).restore();
      this.rule(top, 0.8, INK.strong);
    } else if (kind === 'subtotal') {
      this.rule(top, 0.5, INK.rule);
    } else if (kind === 'body' && this.style.zebra && this.striped++ % 2 === 1) {
      doc.save().rect(this.x, top, this.width, height).fill(INK.band).restore();
    }
    for (const cell of cells) {
      cell.lines.forEach((line, j) => {
        const baseline = top + padY + j * size * LEADING + size;
        put(doc, line, cell.x, baseline, cell.style, { width: cell.width, align: cell.align });
      });
    }
    this.pdf.y = top + height;
  }

  private rule(y: number, width: number, color: string): void {
    hairline(this.pdf.doc, this.x, this.x + this.width, y, width, color);
  }
}
