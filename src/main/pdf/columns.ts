import type { Pdf } from './document';
import { FONT } from './fonts';
import { type Align, measure, type TextStyle } from './text';

// A table's columns sized to their widest figure (the font's figures are tabular, so amounts line up
// right-aligned), with flexible columns sharing what is left of the width.

export interface ColumnSpec {
  header: string;
  align?: Align;
  /** Long text takes up to three lines instead of being cut with an ellipsis (names). */
  wrap?: boolean;
  /** A fixed width in points. */
  width?: number;
  /** The widest of these texts (in bold, as totals are) or the header decides the width. */
  fit?: readonly string[];
  /** The widest a fitted or flexible column may be; longer texts are cut (or wrapped). */
  max?: number;
  /** A share of the width left after the fixed and fitted columns. */
  flex?: number;
  /** The narrowest a flexible column may be before the table is said not to fit (default 72 pt). */
  min?: number;
}

export interface Column {
  header: string;
  width: number;
  align: Align;
  wrap: boolean;
}

export interface TableStyle {
  /** Body text size, points. */
  size: number;
  headerSize: number;
  /** Space left and right of each cell's text, and above and below each row's text. */
  padX: number;
  padY: number;
  /** A pale band behind every other body row. */
  zebra: boolean;
}

export const TABLE_STYLE: TableStyle = { size: 8.5, headerSize: 7.5, padX: 5, padY: 2.6, zebra: true };

/** Fits the columns into `available` points. `fits` is false when a flexible column gets less than its minimum. */
export function layoutColumns(
  pdf: Pdf,
  specs: readonly ColumnSpec[],
  available: number,
  style: TableStyle = TABLE_STYLE,
): { columns: Column[]; fits: boolean; width: number } {
  const { doc } = pdf;
  const header: TextStyle = { font: FONT.bold, size: style.headerSize };
  const body: TextStyle = { font: FONT.bold, size: style.size };
  const widths = specs.map((spec) => {
    if (spec.width !== undefined) return spec.width;
    if (spec.flex !== undefined) return 0;
    let widest = Math.max(...spec.header.split('\n').map((l) => measure(doc, l, header)));
    for (const text of widestCandidates(spec.fit ?? [])) widest = Math.max(widest, measure(doc, text, body));
    return Math.min(spec.max ?? Number.POSITIVE_INFINITY, Math.ceil(widest + 2 * style.padX));
  });
  const used = widths.reduce((a, b) => a + b, 0);
  const shares = specs.reduce((sum, s) => sum + (s.flex ?? 0), 0);
  const left = available - used;
  let fits = left >= 0;
  // Flexible columns share what is left, up to their maximum; what they cannot use goes to the
  // fitted columns as air between the figures.
  for (const [i, spec] of specs.entries()) {
    if (spec.flex === undefined) continue;
    const width = shares > 0 ? Math.max(0, (left * spec.flex) / shares) : 0;
    if (width < (spec.min ?? 72)) fits = false;
    widths[i] = Math.min(width, spec.max ?? Number.POSITIVE_INFINITY);
  }
  const fitted = specs.flatMap((spec, i) => (spec.width === undefined && spec.flex === undefined ? [i] : []));
  const spare = available - widths.reduce((a, b) => a + b, 0);
  if (spare > 0 && fitted.length > 0 && shares > 0) {
    for (const i of fitted) widths[i]! += spare / fitted.length;
  }
  const columns = specs.map((spec, i) => ({
    header: spec.header,
    width: widths[i]!,
    align: spec.align ?? 'left',
    wrap: spec.wrap ?? false,
  }));
  return { columns, fits, width: columns.reduce((a, c) => a + c.width, 0) };
}

/**
 * The texts worth measuring: the longest ones. With tabular figures an amount's width follows its
 * length, so measuring 5,000 amounts is measuring the few longest.
 */
function widestCandidates(texts: readonly string[]): string[] {
  let longest = 0;
  const out = new Set<string>();
  for (const t of texts) {
    if (t.length > longest) {
      longest = t.length;
      out.clear();
    }
    if (t.length >= longest && out.size < 24) out.add(t);
  }
  return [...out];
}
