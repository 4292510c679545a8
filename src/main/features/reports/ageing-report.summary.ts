import { type AgeingCustomerRow, bucketHeading } from '../../../shared/contract/ageing';
import { naturalCompare } from '../../../shared/natural-compare';
import type { Orientation, Pdf } from '../../pdf/document';
import {
  type Cell,
  type Column,
  type ColumnSpec,
  layoutColumns,
  TABLE_STYLE,
  type TableStyle,
  TableWriter,
} from '../../pdf/table';
import { INK } from '../../pdf/text';
import { type AgeingPdfPage, drawSectionTitle } from './report-header';
import { counted } from './report-words';

// The first part of the report: the buckets at a glance (amount, share, a bar), then one line per
// customer with a column per bucket, their credit and balance, and the totals, which are the report's
// own totals, not sums made here.

export interface SummaryLayout {
  orientation: Orientation;
  columns: Column[];
  style: TableStyle;
  /** Every customer's cells, formatted once (measured for the widths, then drawn). */
  rows: string[][];
  totals: string[];
}

/** Portrait when the customer columns leave the name enough room; landscape otherwise. */
export function summaryLayout(pdf: Pdf, page: AgeingPdfPage): SummaryLayout {
  const { report } = page.data;
  const { money } = page.fmt;
  const labels = report.buckets.map((b) => b.label);
  const blankZero = (minor: number) => (minor === 0 ? '' : money(minor));
  const rows = report.customers.map((c) => [
    c.ref,
    c.name,
    ...labels.map((l) => blankZero(c.buckets[l] ?? 0)),
    blankZero(c.credit),
    money(c.balance),
  ]);
  const totals = [
    ...report.buckets.map((b) => money(b.amount)),
    money(report.unappliedCredit),
    money(report.totalOpen - report.unappliedCredit),
  ];
  const figure = (header: string, i: number): ColumnSpec => ({
    header,
    align: 'right',
    fit: [totals[i]!, ...column(rows, i + 2)],
  });
  const specs: ColumnSpec[] = [
    { header: 'Ref', fit: column(rows, 0), max: 80 },
    { header: 'Customer', flex: 1, wrap: true, min: 150, max: 280 },
    ...labels.map((l, i) => figure(bucketHeading(l), i)),
    figure('Credit', labels.length),
    figure('Balance', labels.length + 1),
  ];
  const portrait = layoutColumns(pdf, specs, pdf.widthFor('portrait'));
  if (portrait.fits)
    return { orientation: 'portrait', columns: portrait.columns, style: TABLE_STYLE, rows, totals };
  // Landscape; with many buckets of large sums, a smaller type before squeezing the names.
  let last: SummaryLayout | undefined;
  for (const size of [TABLE_STYLE.size, 8, 7.5, 7]) {
    const style = { ...TABLE_STYLE, size, headerSize: Math.min(TABLE_STYLE.headerSize, size - 0.5) };
    const landscape = layoutColumns(pdf, specs, pdf.widthFor('landscape'), style);
    last = { orientation: 'landscape', columns: landscape.columns, style, rows, totals };
    if (landscape.fits) break;
  }
  return last!;
}

function column(rows: readonly string[][], i: number): string[] {
  return rows.map((row) => row[i]!);
}

export function drawSummary(
  pdf: Pdf,
  page: AgeingPdfPage,
  layout: SummaryLayout,
  onNewPage: (pdf: Pdf) => void,
): void {
  drawOverview(pdf, page);
  pdf.y += 18;
  const { report } = page.data;
  drawSectionTitle(
    pdf,
    'By customer',
    'What each customer owed on open invoices, by age. Credit is payments and credit notes not yet applied to an invoice.',
  );
  const table = new TableWriter(pdf, { columns: layout.columns, style: layout.style, onNewPage });
  table.start();
  if (layout.rows.length === 0) {
    table.row([{ text: 'Nothing was owed on this date.', span: layout.columns.length, color: INK.muted }]);
  }
  const label = `Total  ·  ${counted(report.customers.length, 'customer', page.fmt.count)}`;
  const total: Cell[] = [{ text: label, span: 2 }, ...layout.totals];
  // The last customer stays with the totals: a total never opens a page on its own.
  const keepWith = table.measureRow(total, 'total');
  layout.rows.forEach((cells, i) => {
    table.row(cells, i === layout.rows.length - 1 ? { keepWith } : {});
  });
  table.row(total, { kind: 'total' });
}

/** The buckets at a glance and, where the page is wide enough, the largest balances beside them. */
function drawOverview(pdf: Pdf, page: AgeingPdfPage): void {
  const top = pdf.y;
  const width = drawBuckets(pdf, page);
  const bottom = pdf.y;
  const gap = 36;
  const room = pdf.width - width - gap;
  if (room >= 260 && page.data.report.customers.some((c) => c.balance > 0)) {
    pdf.y = top;
    drawLargest(pdf, page, pdf.right - room, room);
  }
  pdf.y = Math.max(bottom, pdf.y);
}

/** Amount and share of what is open per bucket, with a bar; then credit and the balance. */
function drawBuckets(pdf: Pdf, page: AgeingPdfPage): number {
  const { report } = page.data;
  const { money, share } = page.fmt;
  const amounts = report.buckets.map((b) => money(b.amount));
  const open = money(report.totalOpen);
  const credit = money(-report.unappliedCredit);
  const balance = money(report.totalOpen - report.unappliedCredit);
  const bar = Math.min(180, pdf.width * 0.3);
  const { columns } = layoutColumns(
    pdf,
    [
      { header: 'Age', fit: [...report.buckets.map((b) => bucketHeading(b.label)), 'Unapplied credit'] },
      { header: 'Amount', align: 'right', fit: [...amounts, open, credit, balance] },
      {
        header: 'Share',
        align: 'right',
        fit: [share(1, 1), ...report.buckets.map((b) => share(b.amount, report.totalOpen))],
      },
      { header: '', width: bar + 2 * TABLE_STYLE.padX },
    ],
    pdf.width,
  );
  const table = new TableWriter(pdf, { columns, style: { ...TABLE_STYLE, zebra: false } });
  table.start();
  const largest = Math.max(1, ...report.buckets.map((b) => b.amount));
  const barX = table.columnX(3) + TABLE_STYLE.padX;
  report.buckets.forEach((b, i) => {
    const { top, height } = table.row([
      bucketHeading(b.label),
      amounts[i]!,
      share(b.amount, report.totalOpen),
      '',
    ]);
    // Geometry, not money: the bar's length in points.
    const length = b.amount > 0 ? Math.max(1, (bar * b.amount) / largest) : 0;
    if (length > 0) {
      const notDue = i === 0 && page.data.options.basis === 'due';
      pdf.doc
        .save()
        .rect(barX, top + height / 2 - 3.5, length, 7)
        .fill(notDue ? BAR.notDue : BAR.due)
        .restore();
    }
  });
  table.row(['Total open', open, share(report.totalOpen, report.totalOpen), ''], { kind: 'subtotal' });
  table.row(['Unapplied credit', credit, '', ''], { kind: 'note' });
  table.row(['Balance', balance, '', ''], { kind: 'total' });
  return table.width;
}

const BAR = { notDue: '#a9c0d6', due: INK.accent } as const;

/** The five largest balances: where a phone call does the most good. */
function drawLargest(pdf: Pdf, page: AgeingPdfPage, x: number, width: number): void {
  const { report, options } = page.data;
  const { money } = page.fmt;
  const top = [...report.customers]
    .filter((c) => c.balance > 0)
    .sort((a, b) => b.balance - a.balance || naturalCompare(a.ref, b.ref))
    .slice(0, 5);
  // By due date, everything but the first bucket is past due.
  const overdue = (c: AgeingCustomerRow) =>
    report.buckets.slice(1).reduce((sum, b) => sum + (c.buckets[b.label] ?? 0), 0);
  const withOverdue = options.basis === 'due';
  const rows = top.map((c) => [
    c.name,
    ...(withOverdue ? [overdue(c) === 0 ? '' : money(overdue(c))] : []),
    money(c.balance),
  ]);
  const { columns } = layoutColumns(
    pdf,
    [
      { header: 'Largest balances', flex: 1, min: 100 },
      ...(withOverdue ? [{ header: 'Overdue', align: 'right' as const, fit: rows.map((r) => r[1]!) }] : []),
      { header: 'Balance', align: 'right', fit: rows.map((r) => r.at(-1)!) },
    ],
    width,
  );
  const table = new TableWriter(pdf, { columns, x, style: { ...TABLE_STYLE, zebra: false } });
  table.start();
  for (const row of rows) table.row(row);
}
