import { paperForRegion } from '../../../shared/contract/settings';
import { type IsoDate, isIsoDate } from '../../../shared/dates';
import { DulyError } from '../../../shared/errors';
import type { Ctx } from '../../context';
import { type Paper, type Pdf, renderPdf } from '../../pdf/document';
import { FONT } from '../../pdf/fonts';
import { documentFormats } from '../../pdf/format';
import { INK, put } from '../../pdf/text';
import { ageingReportData } from './ageing-report.data';
import { drawDetail } from './ageing-report.detail';
import { drawSummary, summaryLayout } from './ageing-report.summary';
import { type AgeingPdfPage, drawReportHeader } from './report-header';
import { basisWords } from './report-words';

// The printed aged receivables report: who owes what, and how late, as of a date. First the overview
// of the buckets and a line per customer (landscape when the bucket columns need the width); then,
// when asked, each customer's open invoices on portrait pages, with a subtotal equal to the
// customer's line in the summary.

export interface AgeingPdfInput {
  /** The date the report is as of (default: today). */
  asOf?: IsoDate;
  /** Add each customer's address and open invoices after the summary. */
  detail: boolean;
  /** Default: Letter for US and Canadian locales, A4 elsewhere. */
  paper?: Paper;
}

export async function renderAgeingPdf(ctx: Ctx, input: AgeingPdfInput): Promise<Uint8Array> {
  const asOf = input.asOf ?? ctx.clock.today();
  if (!isIsoDate(asOf)) {
    throw new DulyError('validation', 'Give the date as YYYY-MM-DD, a real day.', { field: 'asOf' });
  }
  const data = ageingReportData(ctx, asOf, input.detail);
  const { settings } = data;
  const fmt = documentFormats(settings);
  const title = `Aged receivables as of ${fmt.date(asOf)}`;
  const printed = `Printed ${fmt.date(ctx.clock.today())}`;
  const page: AgeingPdfPage = { data, fmt, title, basis: `Aged ${basisWords(data.options.basis)}` };
  return renderPdf(
    {
      paper: input.paper ?? paperForRegion(settings.locale),
      title,
      author: settings.businessName || 'Duly',
      subject: `Receivables aged ${basisWords(data.options.basis)}`,
      lang: settings.locale,
      createdAt: ctx.clock.now(),
      footer: [settings.businessName, title, printed].filter(Boolean).join('  ·  '),
    },
    (pdf) => {
      const summary = summaryLayout(pdf, page);
      pdf.addPage(summary.orientation);
      drawReportHeader(pdf, page);
      drawSummary(pdf, page, summary, (p) => runningHeader(p, page, 'Summary by customer'));
      if (input.detail) {
        pdf.addPage('portrait');
        drawDetail(pdf, page, (p) => runningHeader(p, page, 'Open invoices by customer'));
      }
    },
  );
}

/** At the top of every page after the first of a section: what the report is and which part. */
function runningHeader(pdf: Pdf, page: AgeingPdfPage, section: string): void {
  const { doc } = pdf;
  const baseline = pdf.y + 9;
  const business = page.data.settings.businessName;
  const left = business ? `${business}  ·  ${page.title}` : page.title;
  const right = `${section} (continued)`;
  const w = put(
    doc,
    right,
    pdf.left,
    baseline,
    { font: FONT.regular, size: 8, color: INK.muted },
    { width: pdf.width, align: 'right' },
  );
  put(
    doc,
    left,
    pdf.left,
    baseline,
    { font: FONT.bold, size: 8, color: INK.strong },
    { width: pdf.width - w - 16 },
  );
  pdf.y = baseline + 12;
}
