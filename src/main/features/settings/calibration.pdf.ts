import type { ExportedFile } from '../../../shared/contract/reports';
import type { CalibrationPageInput, Paper, SettingsDto } from '../../../shared/contract/settings';
import type { Ctx } from '../../context';
import { mm, type PdfDoc, renderPdf } from '../../pdf/document';
import { type EnvelopeLayout, envelopeLayout, type OffsetMm, type Rect } from '../../pdf/envelope';
import { FONT } from '../../pdf/fonts';
import { hairline, INK, put, type TextStyle, wrapText } from '../../pdf/text';
import { pdfFile } from '../documents/document-files';
import { drawFoldMarks, drawRulers, type RulerUnit } from './calibration-marks';
import { getSettings } from './settings.service';

// A page to print, fold and put in one of the owner's own window envelopes before any letter goes out:
// the window as Duly expects it, the return line and a sample address exactly where letters put them
// (envelopeLayout, the same function letters use), fold and punch marks, rulers from the page's edges,
// and what to do. It takes the paper and offsets on screen, so the owner can try them before saving.

interface CalibrationOptions {
  paper: Paper;
  offsetMm: OffsetMm;
  unit: RulerUnit;
}

const TITLE: TextStyle = { font: FONT.bold, size: 15, color: INK.text };
const SUBTITLE: TextStyle = { font: FONT.regular, size: 8.5, color: INK.muted };
const SMALL: TextStyle = { font: FONT.regular, size: 7.5, color: INK.muted };
const WINDOW_LABEL: TextStyle = { font: FONT.bold, size: 7, color: INK.accent };
const RETURN_LINE: TextStyle = { font: FONT.regular, size: 7, color: INK.text };
/** The address as letters print it: 10 pt on 12 pt lines, so six lines fill DIN 5008's 27.3 mm. */
const ADDRESS: TextStyle = { font: FONT.regular, size: 10, color: INK.text };
const ADDRESS_LEADING = 12;
const HEADING: TextStyle = { font: FONT.bold, size: 11, color: INK.text };
const STEP: TextStyle = { font: FONT.regular, size: 9.5, color: INK.text };
const STEP_NUMBER: TextStyle = { font: FONT.bold, size: 9.5, color: INK.accent };

const PAPER_NAME: Record<Paper, string> = { a4: 'A4', letter: 'US Letter' };
const ENVELOPES: Record<Paper, string> = {
  a4: 'DIN 5008 window envelope (DL or C6/5)',
  letter: '#10 window envelope',
};

/** The sample recipient: as many lines as the paper's address field holds, the longest a letter has. */
export function sampleAddress(paper: Paper): string[] {
  return paper === 'a4'
    ? [
        'Sample Customer Ltd',
        'For the attention of Accounts',
        '12 Example Road',
        'Unit 4, Second Floor',
        'Exampletown AB1 2CD',
        'Sample Country',
      ]
    : [
        'Sample Customer Inc.',
        'Attn: Accounts Payable',
        '1234 Example Avenue, Suite 500',
        'Exampleville, NY 10001-0001',
        'Sample Country',
      ];
}

/** "Corner Shop · 1 High Street · Bath BA1 1AA": the business as the small line above the address. */
function returnLine(s: SettingsDto): string {
  const parts = [s.businessName, s.addressLine1, s.addressLine2, [s.city, s.postcode].join(' '), s.country]
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length > 1 ? parts.join(' · ') : 'Your business · 1 Your Street · Your Town AB1 2CD';
}

/** A length in the owner's unit, in their locale's digits: "1.5 mm", "0.06 in". */
function length(mmValue: number, unit: RulerUnit, locale: string): string {
  const value = unit === 'mm' ? mmValue : mmValue / 25.4;
  const digits = unit === 'mm' ? 1 : 2;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${unit}`;
}

/** "moved 1.5 mm right and 2 mm up", or "at the standard place". */
export function offsetWords(offset: OffsetMm, unit: RulerUnit, locale: string): string {
  const parts: string[] = [];
  if (offset.x !== 0)
    parts.push(`${length(Math.abs(offset.x), unit, locale)} ${offset.x > 0 ? 'right' : 'left'}`);
  if (offset.y !== 0)
    parts.push(`${length(Math.abs(offset.y), unit, locale)} ${offset.y > 0 ? 'down' : 'up'}`);
  return parts.length === 0 ? 'at the standard place' : `moved ${parts.join(' and ')}`;
}

function calibrationOptions(settings: SettingsDto, input: CalibrationPageInput): CalibrationOptions {
  return {
    paper: input.paper ?? settings.paper,
    offsetMm: input.offsetMm ?? settings.envelopeOffsetMm,
    unit: input.unit ?? settings.envelopeUnit,
  };
}

export async function renderCalibrationPdf(ctx: Ctx, input: CalibrationPageInput): Promise<Uint8Array> {
  const settings = getSettings(ctx);
  const options = calibrationOptions(settings, input);
  const layout = envelopeLayout(options.paper, options.offsetMm);
  const title = `Envelope calibration (${PAPER_NAME[options.paper]})`;
  return renderPdf(
    {
      paper: options.paper,
      title,
      author: settings.businessName || 'Duly',
      subject: 'Where letters put the address, to check against your window envelopes',
      lang: settings.locale,
      createdAt: ctx.clock.now(),
      footer: [settings.businessName, title].filter(Boolean).join('  ·  '),
    },
    (pdf) => {
      pdf.addPage('portrait');
      const { doc } = pdf;
      drawRulers(doc, options.unit, [
        ...layout.foldMarks,
        ...(layout.punchMark === null ? [] : [layout.punchMark]),
      ]);
      drawHeading(doc, options, settings.locale);
      drawWindow(doc, layout, options, settings);
      // Over the window, should the offsets move it onto the left edge.
      drawFoldMarks(doc, layout);
      drawKey(doc, layout);
      drawSteps(doc, layout, options);
    },
  );
}

/**
 * The title and what this page is for, under the top ruler and clear of the window's label even when
 * the offsets move the window as far up as they can (20 mm).
 */
function drawHeading(doc: PdfDoc, o: CalibrationOptions, locale: string): void {
  // Lined up with the standard window, wherever the offsets move it.
  const x = envelopeLayout(o.paper).window.x;
  const right = doc.page.width - mm(15);
  put(doc, 'Envelope calibration', x, mm(14.5), TITLE, { width: right - x });
  const facts = `${PAPER_NAME[o.paper]}  ·  ${ENVELOPES[o.paper]}  ·  address ${offsetWords(o.offsetMm, o.unit, locale)}`;
  put(doc, facts, x, mm(19.5), SUBTITLE, { width: right - x });
}

/** A rectangle's outline, drawn just outside it (by `outset`), so it never covers what starts at its edge. */
function outline(doc: PdfDoc, r: Rect, color: string, dashed: boolean, outset = 0): void {
  doc
    .save()
    .rect(r.x - outset, r.y - outset, r.width + 2 * outset, r.height + 2 * outset)
    .lineWidth(dashed ? 0.9 : 0.5)
    .strokeColor(color);
  if (dashed) doc.dash(5, { space: 3 });
  doc.stroke().undash().restore();
}

function band(doc: PdfDoc, r: Rect): void {
  doc.save().rect(r.x, r.y, r.width, r.height).fillColor(INK.band).fill().restore();
}

/** The window, and inside it the return line and the sample address where letters print them. */
function drawWindow(doc: PdfDoc, layout: EnvelopeLayout, o: CalibrationOptions, s: SettingsDto): void {
  const { window, returnLine: from, recipient } = layout;
  band(doc, from);
  band(doc, recipient);
  // The address may start right at the window's edge (Letter): the line stays outside it.
  outline(doc, window, INK.accent, true, 1.5);
  const size = `${length(window.width / mm(1), o.unit, s.locale)} × ${length(window.height / mm(1), o.unit, s.locale)}`;
  put(doc, `Window  ·  ${size}`, window.x, window.y - 5, WINDOW_LABEL, { width: window.width });
  put(doc, returnLine(s), from.x, from.y + from.height - 2.5, RETURN_LINE, { width: from.width });
  const lines = sampleAddress(o.paper).slice(0, layout.maxLines);
  lines.forEach((line, i) => {
    put(doc, line, recipient.x, recipient.y + 11.5 + i * ADDRESS_LEADING, ADDRESS, {
      width: recipient.width,
    });
  });
}

/** Beside the window: what each thing on the page is. */
function drawKey(doc: PdfDoc, layout: EnvelopeLayout): void {
  const x = layout.window.x + layout.window.width + mm(12);
  const width = doc.page.width - mm(15) - x - mm(9);
  const rows: { draw: (y: number) => void; text: string }[] = [
    {
      draw: (y) => outline(doc, { x, y: y - 6, width: mm(6), height: 7 }, INK.accent, true),
      text: 'The window: all that shows through the envelope.',
    },
    {
      draw: (y) => band(doc, { x, y: y - 6, width: mm(6), height: 7 }),
      text: 'Where the return line and the address are printed.',
    },
    {
      draw: (y) => hairline(doc, x, x + mm(6), y - 2.5, 0.9, INK.accent),
      text: 'Fold and punch marks, on the left edge.',
    },
  ];
  let y = layout.window.y + 8;
  put(doc, 'On this page', x, y, { ...SMALL, font: FONT.bold, color: INK.text });
  y += 13;
  for (const row of rows) {
    row.draw(y);
    const wrapped = wrapText(doc, row.text, SMALL, width, 3);
    wrapped.forEach((line, i) => {
      put(doc, line, x + mm(9), y + i * 9.5, SMALL);
    });
    y += wrapped.length * 9.5 + 6;
  }
}

function steps(o: CalibrationOptions): string[] {
  const [example, exampleMoves] =
    o.unit === 'mm' ? ['−2 mm', 'moves it 2 mm left or up'] : ['−0.1 in', 'moves it 0.1 in left or up'];
  const check =
    o.unit === 'mm'
      ? 'the 100 mm mark should be 100 mm from the edge'
      : 'the 4 in mark should be 4 inches from the edge';
  return [
    `Print this page at 100% (“Actual size”), not “Fit to page”. Check the rulers along the top and left edges against a real ruler: ${check}.`,
    'Fold it at the fold marks, in three, and put it in one of your window envelopes the way a letter goes in.',
    'If the sample address shows whole in the window, with a little room around it, your letters will fit: nothing to change.',
    `If the sample address is not fully in the window, measure how far it must move and enter that as the offset in Settings, under Letters and statements: right and down as they are, left and up with a minus sign (${example}, ${exampleMoves}).`,
    'Print this page again with the new offset to check, then save it.',
  ];
}

/** The instructions, in the middle third of the page, clear of the folds. */
function drawSteps(doc: PdfDoc, layout: EnvelopeLayout, o: CalibrationOptions): void {
  const x = mm(25);
  const width = doc.page.width - mm(20) - x;
  // Below the first fold, and below the window when the offsets push it down across that fold.
  let y = Math.max(layout.foldMarks[0] ?? mm(105), layout.window.y + layout.window.height) + mm(11);
  put(doc, 'How to use this page', x, y, HEADING);
  y += 18;
  steps(o).forEach((text, i) => {
    put(doc, `${i + 1}.`, x, y, STEP_NUMBER);
    const lines = wrapText(doc, text, STEP, width - 16, 4);
    lines.forEach((line, n) => {
      put(doc, line, x + 16, y + n * 13, STEP);
    });
    y += lines.length * 13 + 6;
  });
}

/** The page as a file for the screen to save or open. */
export async function calibrationPageFile(ctx: Ctx, input: CalibrationPageInput): Promise<ExportedFile> {
  const paper = input.paper ?? getSettings(ctx).paper;
  return pdfFile(`Envelope calibration ${PAPER_NAME[paper]}.pdf`, await renderCalibrationPdf(ctx, input));
}
