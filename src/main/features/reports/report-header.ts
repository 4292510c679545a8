import type { Pdf } from '../../pdf/document';
import { FONT } from '../../pdf/fonts';
import type { DocumentFormats } from '../../pdf/format';
import { hairline, INK, measure, put, type TextStyle, wrapText } from '../../pdf/text';
import type { AgeingReportData } from './ageing-report.data';
import { addressLines, counted } from './report-words';

/** What every part of the printed report needs: the figures, how to write them, its title. */
export interface AgeingPdfPage {
  data: AgeingReportData;
  fmt: DocumentFormats;
  /** "Aged receivables as of 23/11/2026". */
  title: string;
  /** "Aged by due date". */
  basis: string;
}

const TITLE: TextStyle = { font: FONT.bold, size: 17, color: INK.text };
const SUBTITLE: TextStyle = { font: FONT.regular, size: 9, color: INK.muted };
const BUSINESS: TextStyle = { font: FONT.bold, size: 10.5, color: INK.text };
const ADDRESS: TextStyle = { font: FONT.regular, size: 8.5, color: INK.muted };

/**
 * The top of the first page: the title and what the figures are on the left, the business and its
 * address on the right, an accent rule below.
 */
export function drawReportHeader(pdf: Pdf, page: AgeingPdfPage): void {
  const { doc } = pdf;
  const { settings, report } = page.data;
  const top = pdf.y;

  // Right: the business, as on its letterhead (a long name on two lines).
  const most = pdf.width * 0.42;
  const right = [
    ...(settings.businessName ? wrapText(doc, settings.businessName, BUSINESS, most, 2) : []).map((text) => ({
      text,
      style: BUSINESS,
      step: 12,
    })),
    ...addressLines(settings).map((text) => ({ text, style: ADDRESS, step: 11 })),
  ];
  const rightWidth = Math.min(most, Math.max(0, ...right.map((l) => measure(doc, l.text, l.style))));
  let rightBottom = top;
  for (const line of right) {
    rightBottom += line.step;
    put(doc, line.text, pdf.right - rightWidth, rightBottom, line.style, {
      width: rightWidth,
      align: 'right',
    });
  }

  // Left: what this is.
  const leftWidth = pdf.width - rightWidth - 24;
  put(doc, page.title, pdf.left, top + 17, TITLE, { width: leftWidth });
  const facts = [
    page.basis,
    `Amounts in ${report.currency}`,
    counted(report.customers.length, 'customer', page.fmt.count),
    counted(report.openInvoices, 'open invoice', page.fmt.count),
  ].join('  ·  ');
  put(doc, facts, pdf.left, top + 34, SUBTITLE, { width: leftWidth });

  const bottom = Math.max(top + 38, rightBottom + 4) + 8;
  hairline(doc, pdf.left, pdf.right, bottom, 1.2, INK.accent);
  pdf.y = bottom + 16;
}

/** A section's title and a line saying what it shows, with room after. */
export function drawSectionTitle(pdf: Pdf, title: string, note: string): void {
  const baseline = pdf.y + 12;
  put(
    pdf.doc,
    title,
    pdf.left,
    baseline,
    { font: FONT.bold, size: 12, color: INK.text },
    { width: pdf.width },
  );
  put(
    pdf.doc,
    note,
    pdf.left,
    baseline + 14,
    { font: FONT.regular, size: 8.5, color: INK.muted },
    { width: pdf.width },
  );
  pdf.y = baseline + 22;
}
