import type { Paper } from './document';
import { mm } from './document';

// Where the address goes so that it shows in a window envelope once the page is folded. Positions
// are in points from the top-left corner of the page (pdfkit's origin), before and after the owner's
// offsets (which move the whole block, for envelopes whose window sits a little off the standard).
//
// A4 follows DIN 5008 form B, which fits DL and C6/5 window envelopes: an address field 85 × 45 mm,
// 20 mm from the left and 45 mm from the top; its first 17.7 mm hold notes and, at their foot, the
// small return-address line; the recipient's address (up to 6 lines) fills the remaining 27.3 mm,
// written 5 mm in from the field's left edge. Folded in three at 105 and 210 mm.
//
// US Letter fits a #10 window envelope (window 1⅛ × 4½ in, ⅞ in from the left and about ½–⅝ in from
// the bottom): on the tri-folded page the address must stay within 1.0–4.25 in from the left edge and
// 2.05–3.15 in from the top. Folded in three at 3⅔ and 7⅓ in.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EnvelopeLayout {
  paper: Paper;
  /** The part of the page that shows through the window, whatever the slack in the envelope. */
  window: Rect;
  /** The small "from" line, just above the recipient (inside the window). */
  returnLine: Rect;
  /** The recipient's name and address lines. */
  recipient: Rect;
  /** Most lines of address the recipient box holds at the letter's address size. */
  maxLines: number;
  /** Fold marks, as distances from the top of the page, drawn on the left edge. */
  foldMarks: number[];
  /** The hole-punch mark (A4, at the page's middle); none on Letter. */
  punchMark: number | null;
}

const IN = 72;

export interface OffsetMm {
  x: number;
  y: number;
}

function moved(rect: Rect, dx: number, dy: number): Rect {
  return { x: rect.x + dx, y: rect.y + dy, width: rect.width, height: rect.height };
}

function standard(paper: Paper): Omit<EnvelopeLayout, 'paper'> {
  if (paper === 'a4') {
    return {
      window: { x: mm(20), y: mm(45), width: mm(85), height: mm(45) },
      returnLine: { x: mm(25), y: mm(57.7), width: mm(75), height: mm(5) },
      recipient: { x: mm(25), y: mm(62.7), width: mm(75), height: mm(27.3) },
      maxLines: 6,
      foldMarks: [mm(105), mm(210)],
      punchMark: mm(148.5),
    };
  }
  return {
    window: { x: 1.0 * IN, y: 2.05 * IN, width: 3.25 * IN, height: 1.1 * IN },
    returnLine: { x: 1.0 * IN, y: 2.05 * IN, width: 3.25 * IN, height: 0.18 * IN },
    recipient: { x: 1.0 * IN, y: 2.23 * IN, width: 3.25 * IN, height: 0.92 * IN },
    maxLines: 5,
    foldMarks: [(11 * IN) / 3, (22 * IN) / 3],
    punchMark: null,
  };
}

/** The address block for this paper, moved by the owner's envelope offsets (mm, right and down). */
export function envelopeLayout(paper: Paper, offset: OffsetMm = { x: 0, y: 0 }): EnvelopeLayout {
  const base = standard(paper);
  const dx = mm(offset.x);
  const dy = mm(offset.y);
  return {
    paper,
    window: moved(base.window, dx, dy),
    returnLine: moved(base.returnLine, dx, dy),
    recipient: moved(base.recipient, dx, dy),
    maxLines: base.maxLines,
    foldMarks: base.foldMarks,
    punchMark: base.punchMark,
  };
}

/** Whether `inner` lies wholly inside `outer` (to a hundredth of a point). */
export function contains(outer: Rect, inner: Rect): boolean {
  const e = 0.01;
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.width <= outer.x + outer.width + e &&
    inner.y + inner.height <= outer.y + outer.height + e
  );
}
