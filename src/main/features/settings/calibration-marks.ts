import { mm, type PdfDoc } from '../../pdf/document';
import type { EnvelopeLayout } from '../../pdf/envelope';
import { FONT } from '../../pdf/fonts';
import { hairline, INK, measure, put, type TextStyle } from '../../pdf/text';

// The measuring parts of the calibration page: rulers from the page's very edges (so the owner can
// check the printer kept the size), and the fold and punch marks a letter carries on its left edge.

export type RulerUnit = 'mm' | 'in';

const LABEL: TextStyle = { font: FONT.regular, size: 5.5, color: INK.muted };
const MARK_LABEL: TextStyle = { font: FONT.bold, size: 6.5, color: INK.accent };

interface Tick {
  at: number;
  length: number;
  label?: string;
}

/** Every tick of a ruler as long as `span` points: each mm (longer at 5 and 10), or each ⅛ inch. */
function rulerTicks(unit: RulerUnit, span: number): Tick[] {
  const ticks: Tick[] = [];
  if (unit === 'mm') {
    for (let n = 1; mm(n) < span; n++) {
      const length = n % 10 === 0 ? mm(4) : n % 5 === 0 ? mm(2.8) : mm(1.6);
      ticks.push({ at: mm(n), length, ...(n % 10 === 0 ? { label: String(n) } : {}) });
    }
    return ticks;
  }
  for (let n = 1; (n * 72) / 8 < span; n++) {
    const length = n % 8 === 0 ? mm(4.3) : n % 4 === 0 ? mm(3) : n % 2 === 0 ? mm(2.2) : mm(1.5);
    ticks.push({ at: (n * 72) / 8, length, ...(n % 8 === 0 ? { label: String(n / 8) } : {}) });
  }
  return ticks;
}

/**
 * A ruler along the top edge and one down the left edge, both counting from the page's corner. The left
 * ruler's numbers leave room for the fold and punch marks' words (`marks`, distances from the top).
 */
export function drawRulers(doc: PdfDoc, unit: RulerUnit, marks: readonly number[]): void {
  const { width, height } = doc.page;
  // Labels keep clear of the corner, where the two rulers meet.
  const clear = mm(9);
  doc.save().lineWidth(0.35).strokeColor(INK.muted);
  for (const t of rulerTicks(unit, width)) doc.moveTo(t.at, 0).lineTo(t.at, t.length);
  for (const t of rulerTicks(unit, height)) doc.moveTo(0, t.at).lineTo(t.length, t.at);
  doc.stroke().restore();
  let first = true;
  for (const t of rulerTicks(unit, width)) {
    if (!t.label || t.at < clear) continue;
    // Each number centred under its tick; the first says the unit after it.
    const text = first ? `${t.label} ${unit}` : t.label;
    const w = measure(doc, t.label, LABEL);
    if (t.at - w / 2 + measure(doc, text, LABEL) > width - mm(2)) continue;
    put(doc, text, t.at - w / 2, mm(6.6), LABEL);
    first = false;
  }
  for (const t of rulerTicks(unit, height)) {
    if (!t.label || t.at < clear || marks.some((y) => Math.abs(y - t.at) < mm(4))) continue;
    put(doc, t.label, mm(5), t.at + 2, LABEL);
  }
}

/**
 * The fold marks (with a dashed line across, to fold along) and the punch mark, on the left edge where
 * letters carry them.
 */
export function drawFoldMarks(doc: PdfDoc, layout: EnvelopeLayout): void {
  const { width } = doc.page;
  const marks = [
    ...layout.foldMarks.map((y) => ({ y, label: 'Fold', across: true })),
    ...(layout.punchMark === null ? [] : [{ y: layout.punchMark, label: 'Punch', across: false }]),
  ];
  for (const mark of marks) {
    hairline(doc, 0, mm(10), mark.y, 0.9, INK.accent);
    const w = put(doc, mark.label, mm(11.5), mark.y + 2.3, MARK_LABEL);
    if (!mark.across) continue;
    doc
      .save()
      .moveTo(mm(11.5) + w + 4, mark.y)
      .lineTo(width - mm(8), mark.y)
      .lineWidth(0.5)
      .dash(4, { space: 3 })
      .strokeColor(INK.faint)
      .stroke()
      .undash()
      .restore();
  }
}
