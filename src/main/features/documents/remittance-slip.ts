import type { SettingsDto } from '../../../shared/contract/settings';
import type { Pdf, PdfDoc } from '../../pdf/document';
import { FONT } from '../../pdf/fonts';
import { hairline, INK, put, type TextStyle, wrapText } from '../../pdf/text';
import { drawPaymentDetails } from './statement-parts';

// The remittance slip at the foot of the last page: a dashed cut line across the page, "Please return
// this part with your payment", who pays and for which statement, the amount due, a box for the
// amount paid and a line for the date. How to pay stays above the line, on the part the customer keeps.

export interface SlipFacts {
  businessName: string;
  customerName: string;
  customerRef: string;
  /** "Statement date" and its value. */
  dateLabel: string;
  date: string;
  amountDue: string;
}

const TITLE: TextStyle = { font: FONT.bold, size: 10.5, color: INK.text };
const LABEL: TextStyle = { font: FONT.regular, size: 8, color: INK.muted };
const VALUE: TextStyle = { font: FONT.regular, size: 9.5, color: INK.text };
const CUT: TextStyle = { font: FONT.regular, size: 6.5, color: INK.faint };
/** From the cut line to the last line, with the customer's name on one line. */
const BASE_HEIGHT = 104;
const ROW = 15;

/** How to pay, then the slip; both on the last page (a new one when they do not fit together). */
export function drawPaymentAndSlip(pdf: Pdf, settings: SettingsDto, slip: SlipFacts): void {
  const name = nameLines(pdf, slip.customerName);
  const height = BASE_HEIGHT + (name.lines.length - 1) * name.step;
  drawPaymentDetails(pdf, settings, slip.customerRef, height);
  drawSlip(pdf, slip, name, height);
}

interface NameLines {
  lines: string[];
  style: TextStyle;
  step: number;
}

/** The customer's name whole: on up to two lines, or three at a smaller size when very long. */
function nameLines(pdf: Pdf, name: string): NameLines {
  const width = valueWidth(pdf);
  const usual = { ...VALUE, font: FONT.bold };
  const two = wrapText(pdf.doc, name, usual, width, 2);
  if (!two.at(-1)!.endsWith('…') || name.endsWith('…')) return { lines: two, style: usual, step: 12 };
  const small = { ...usual, size: 8.5 };
  return { lines: wrapText(pdf.doc, name, small, width, 4), style: small, step: 10.5 };
}

const split = (pdf: Pdf) => pdf.left + pdf.width * 0.55;
const valueWidth = (pdf: Pdf) => split(pdf) - pdf.left - 100;

function drawSlip(pdf: Pdf, slip: SlipFacts, name: NameLines, height: number): void {
  if (pdf.y > pdf.bottom - height) pdf.addPage();
  const { doc } = pdf;
  const top = pdf.bottom - height;
  cutLine(doc, top);
  put(doc, 'Cut here', pdf.right, top - 3, CUT, { align: 'right' });
  put(doc, 'Please return this part with your payment', pdf.left, top + 19, TITLE);
  const x = pdf.left + 88;
  const width = valueWidth(pdf);
  let y = top + 38;
  put(doc, 'From', pdf.left, y, LABEL, { width: 84 });
  name.lines.forEach((line, j) => {
    put(doc, line, x, y + j * name.step, name.style, { width });
  });
  y += ROW + (name.lines.length - 1) * name.step;
  const rows: [string, string][] = [
    ['Customer reference', slip.customerRef],
    [slip.dateLabel, slip.date],
    ['To', slip.businessName],
  ];
  for (const [label, value] of rows) {
    put(doc, label, pdf.left, y, LABEL, { width: 84 });
    put(doc, value, x, y, VALUE, { width });
    y += ROW;
  }
  const right = split(pdf);
  const boxX = right + 70;
  const boxWidth = pdf.right - boxX;
  put(doc, 'Amount due', right, top + 38, LABEL);
  const amount = { font: FONT.bold, size: 12, color: INK.text };
  put(doc, slip.amountDue, boxX, top + 39, amount, { width: boxWidth, align: 'right' });
  put(doc, 'Amount paid', right, top + 65, LABEL);
  doc
    .save()
    .rect(boxX, top + 50, boxWidth, 22)
    .lineWidth(0.8)
    .strokeColor(INK.strong)
    .stroke()
    .restore();
  put(doc, 'Date paid', right, top + 89, LABEL);
  hairline(doc, boxX, pdf.right, top + 91, 0.5, INK.rule);
  pdf.y = pdf.bottom;
}

/** Dashed, across the whole sheet (12 pt from each edge): where to cut or tear. */
function cutLine(doc: PdfDoc, y: number): void {
  doc
    .save()
    .moveTo(12, y)
    .lineTo(doc.page.width - 12, y)
    .dash(4, { space: 3 })
    .lineWidth(0.6)
    .strokeColor(INK.muted)
    .stroke()
    .undash()
    .restore();
}
