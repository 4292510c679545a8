import { type AgeingCustomerRow, bucketHeading } from '../../../shared/contract/ageing';
import type { Pdf } from '../../pdf/document';
import { FONT } from '../../pdf/fonts';
import { type Block, type Cell, layoutColumns, TableWriter } from '../../pdf/table';
import { INK, put, type TextStyle } from '../../pdf/text';
import type { OpenItem } from '../ageing/open-items';
import { type AgeingPdfPage, drawSectionTitle } from './report-header';
import { addressLines, contactLines, counted, overdueWords } from './report-words';
import type { CustomerContact } from './reports.repository';

// The second part of the report: each customer in the order of the summary, with where they are and
// whom to ask, their open invoices oldest due first, and a balance equal to their summary line.

const NAME: TextStyle = { font: FONT.bold, size: 10, color: INK.text };
const REF: TextStyle = { font: FONT.regular, size: 8.5, color: INK.muted };
const SMALL: TextStyle = { font: FONT.regular, size: 8, color: INK.muted };
const LINE = 10.5;

export function drawDetail(pdf: Pdf, page: AgeingPdfPage, onNewPage: (pdf: Pdf) => void): void {
  const { report, items, contacts, defs } = page.data;
  const { money, date, count } = page.fmt;
  drawSectionTitle(
    pdf,
    'Open invoices by customer',
    `Each customer's invoices open on ${date(report.asOf)}, oldest due first; each balance is the customer's line in the summary.`,
  );
  const all = [...items.values()].flat();
  const headings = defs.map((d) => bucketHeading(d.label));
  const { columns } = layoutColumns(
    pdf,
    [
      { header: 'Invoice', flex: 1, min: 90, max: 150 },
      { header: 'Invoice date', fit: [date(report.asOf)] },
      { header: 'Due date', fit: [date(report.asOf)] },
      { header: 'Days overdue', align: 'right', fit: ['Due today', 'Not due', count(maxOverdue(all))] },
      { header: 'Age', fit: headings },
      {
        header: 'Still owed',
        align: 'right',
        fit: [...all.map((i) => money(i.open)), ...report.customers.map((c) => money(c.balance))],
      },
    ],
    pdf.width,
  );
  const table = new TableWriter(pdf, { columns, onNewPage });
  table.start();
  const span = columns.length - 1;
  // The contact lines line up with the due dates below them.
  const reachX = table.columnX(2) + table.style.padX;
  if (report.customers.length === 0) {
    table.row([{ text: 'Nothing was owed on this date.', span: columns.length, color: INK.muted }]);
  }
  for (const customer of report.customers) {
    const contact = contacts.get(customer.id);
    const heading = customerBlock(customer, contact, false, reachX);
    table.startGroup(heading, customerBlock(customer, contact, true, reachX));
    const list = items.get(customer.id) ?? [];
    const open = list.reduce((sum, i) => sum + i.open, 0);
    const totals = customerTotals(customer, list, open, span, page);
    const keepWith = totals.reduce((h, t) => h + table.measureRow(t.cells, t.kind), 0);
    const rows = list.length === 0 ? table.rowHeight : list.length * table.rowHeight;
    // A customer that fits on a page is never split between two (invoice rows are one line: no column wraps).
    table.keepTogether(heading.height + rows + keepWith);
    if (list.length === 0) {
      table.row([{ text: 'No open invoices', span: columns.length, color: INK.muted }], { keepWith });
    }
    list.forEach((item, n) => {
      table.row(invoiceCells(item, page, headings), n === list.length - 1 ? { keepWith } : {});
    });
    for (const t of totals) table.row(t.cells, { kind: t.kind });
    table.endGroup();
  }
}

type TotalRow = { cells: Cell[]; kind: 'note' | 'subtotal' };

/**
 * Under a customer's invoices: the balance; with credit on account, what the invoices come to, the
 * credit, then the balance. All three are the figures of the customer's summary line.
 */
function customerTotals(
  customer: AgeingCustomerRow,
  list: readonly OpenItem[],
  open: number,
  span: number,
  page: AgeingPdfPage,
): TotalRow[] {
  const { money, count } = page.fmt;
  const invoices = counted(list.length, 'invoice', count);
  const balance: TotalRow = { cells: [{ text: 'Balance', span }, money(customer.balance)], kind: 'subtotal' };
  if (customer.credit === 0) {
    return [
      { cells: [{ text: `Balance  ·  ${invoices}`, span }, money(customer.balance)], kind: 'subtotal' },
    ];
  }
  const credit: TotalRow = {
    cells: [{ text: 'Less unapplied credit', span }, money(-customer.credit)],
    kind: 'note',
  };
  if (list.length === 0) return [credit, balance];
  return [
    { cells: [{ text: `Open invoices  ·  ${invoices}`, span }, money(open)], kind: 'subtotal' },
    credit,
    balance,
  ];
}

function invoiceCells(item: OpenItem, page: AgeingPdfPage, headings: readonly string[]): Cell[] {
  const { money, date, count } = page.fmt;
  const overdue = overdueWords(item.daysOverdue, count);
  return [
    item.number,
    date(item.issueDate),
    date(item.dueDate),
    item.daysOverdue > 0 ? overdue : { text: overdue, color: INK.muted },
    headings[item.bucket] ?? '',
    money(item.open),
  ];
}

function maxOverdue(items: readonly OpenItem[]): number {
  return items.reduce((max, i) => Math.max(max, i.daysOverdue), 0);
}

/**
 * A customer's heading: reference and name, then the address and, beside it, the contact. Continued
 * on a later page: the name only.
 */
function customerBlock(
  customer: AgeingCustomerRow,
  contact: CustomerContact | undefined,
  continued: boolean,
  reachX: number,
): Block {
  const address = continued || !contact ? [] : addressLines(contact);
  const reach = continued || !contact ? [] : contactLines(contact);
  const lines = Math.max(address.length, reach.length);
  const gap = continued ? 8 : 16;
  const height = gap + 12 + lines * LINE + (lines > 0 ? 5 : 3);
  return {
    height,
    draw(p, top) {
      const { doc } = p;
      const baseline = top + gap + 9;
      const refWidth = put(doc, customer.ref, p.left + 4, baseline, REF);
      const nameX = p.left + 4 + refWidth + (refWidth > 0 ? 8 : 0);
      const name = continued ? `${customer.name} (continued)` : customer.name;
      put(doc, name, nameX, baseline, NAME, { width: p.right - nameX - 4 });
      address.forEach((line, i) => {
        put(doc, line, p.left + 4, baseline + 3 + (i + 1) * LINE, SMALL, { width: reachX - p.left - 16 });
      });
      reach.forEach((line, i) => {
        put(doc, line, reachX, baseline + 3 + (i + 1) * LINE, SMALL, { width: p.right - reachX - 4 });
      });
    },
  };
}
