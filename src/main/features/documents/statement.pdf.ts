import type { BucketDef } from '../../../shared/contract/ageing';
import type { IsoDate } from '../../../shared/dates';
import type { Pdf, PdfSection } from '../../pdf/document';
import type { DocumentFormats } from '../../pdf/format';
import { type Cell, layoutColumns, TableWriter } from '../../pdf/table';
import { INK } from '../../pdf/text';
import { overdueWords } from '../reports/report-words';
import type { CustomerContact } from '../reports/reports.repository';
import { type DocumentIdentity, startLetter } from './identity';
import { drawPaymentAndSlip } from './remittance-slip';
import type { StatementCredit, StatementData } from './statement.data';
import { drawAgeingRow, drawNote, drawStatementTitle } from './statement-parts';

// The open-item statement: every invoice open on the date with what it was, what has been paid and
// what is left, the payments and credits not yet set against an invoice, the balance, how long it has
// been owed (the buckets from Settings), how to pay, and the slip to send back.

/** What every statement in a run shares: who sends it, how figures are written, the buckets. */
export interface StatementRun {
  identity: DocumentIdentity;
  fmt: DocumentFormats;
  defs: readonly BucketDef[];
}

export function statementTitle(run: StatementRun, asOf: IsoDate): string {
  return `Statement as of ${run.fmt.date(asOf)}`;
}

/**
 * A customer's part of a run of statements, for one customer or a batch: pages of its own, titled
 * and footed for that customer, in the outline by name and reference.
 */
export function statementSection(
  run: StatementRun,
  customer: CustomerContact,
  title: string,
  draw: (pdf: Pdf) => void,
): PdfSection<number> {
  const who = `${customer.name} (${customer.ref})`;
  return {
    key: customer.id,
    title: `${title}, ${customer.name}`,
    bookmark: who,
    footer: [run.identity.settings.businessName, who, title].filter(Boolean).join('  ·  '),
    draw,
  };
}

export function drawStatement(pdf: Pdf, run: StatementRun, s: StatementData): void {
  const { fmt, identity } = run;
  const { customer } = s;
  const date = fmt.date(s.asOf);
  startLetter(
    pdf,
    identity,
    customer,
    [
      ['Statement date', date],
      ['Our reference', customer.ref],
    ],
    `Statement · ${customer.name} (${customer.ref}) · ${date}`,
  );
  drawStatementTitle(pdf, 'Statement', `Invoices open on ${date}`, dueBox(fmt, s.balance));
  drawNote(pdf, intro(fmt, s));
  drawItems(pdf, fmt, s);
  drawAgeingRow(pdf, fmt, run.defs, s.buckets, s.credit, s.balance);
  drawSlipWhenOwed(pdf, run, customer, date, s.balance);
}

/** How to pay and the slip to send back, when the statement asks for money. `date` is written already. */
export function drawSlipWhenOwed(
  pdf: Pdf,
  run: StatementRun,
  customer: CustomerContact,
  date: string,
  balance: number,
): void {
  if (balance <= 0) return;
  const { settings } = run.identity;
  drawPaymentAndSlip(pdf, settings, {
    businessName: settings.businessName,
    customerName: customer.name,
    customerRef: customer.ref,
    dateLabel: 'Statement date',
    date,
    amountDue: run.fmt.money(balance),
  });
}

export function dueBox(fmt: DocumentFormats, balance: number): { label: string; amount: string } {
  return balance < 0
    ? { label: 'In credit', amount: fmt.money(-balance) }
    : { label: 'Amount due', amount: fmt.money(balance) };
}

function intro(fmt: DocumentFormats, s: StatementData): string {
  const date = fmt.date(s.asOf);
  const credit = ` Your account is ${fmt.money(-s.balance)} in credit, so there is nothing to pay.`;
  if (s.invoices.length === 0) {
    if (s.balance === 0) return `Nothing was open on your account on ${date}. Thank you.`;
    return `There were no open invoices on your account on ${date}.${credit}`;
  }
  const first = `These are the invoices open on your account on ${date}, with any payments and credits not yet set against an invoice.`;
  return (
    first + (s.balance < 0 ? credit : ' If anything here differs from your records, please let us know.')
  );
}

function drawItems(pdf: Pdf, fmt: DocumentFormats, s: StatementData): void {
  const { money, date, count } = fmt;
  const amounts = s.invoices.flatMap((i) => [money(i.total), money(i.paid)]);
  const totals = totalsOf(s);
  const { columns } = layoutColumns(
    pdf,
    [
      { header: 'Date', fit: [date(s.asOf)] },
      { header: 'Invoice', flex: 1, min: 70 },
      { header: 'Due date', fit: [date(s.asOf)] },
      { header: 'Amount', align: 'right', fit: [...amounts, money(totals.total)] },
      { header: 'Paid', align: 'right', fit: [...amounts, money(totals.paid)] },
      {
        header: 'Balance',
        align: 'right',
        fit: [
          ...s.invoices.map((i) => money(i.open)),
          ...s.credits.map((c) => money(-c.unapplied)),
          money(s.balance),
        ],
      },
      {
        header: 'Days\noverdue',
        align: 'right',
        fit: ['Due today', count(Math.max(0, ...s.invoices.map((i) => i.daysOverdue)))],
      },
    ],
    pdf.width,
  );
  const table = new TableWriter(pdf, { columns });
  table.start();
  if (s.invoices.length === 0 && s.credits.length === 0) {
    table.row([{ text: 'No open invoices', span: columns.length, color: INK.muted }]);
  }
  const invoiceRows = s.invoices.map((i): Cell[] => [
    date(i.issueDate),
    i.number,
    date(i.dueDate),
    money(i.total),
    i.paid === 0 ? '' : money(i.paid),
    money(i.open),
    i.daysOverdue > 0
      ? overdueWords(i.daysOverdue, count)
      : { text: overdueWords(i.daysOverdue, count), color: INK.muted },
  ]);
  const creditRows = s.credits.map((c): Cell[] => [
    date(c.date),
    { text: creditWords(fmt, c), span: 4 },
    money(-c.unapplied),
    '',
  ]);
  const label = s.balance < 0 ? 'Balance (in credit)' : 'Balance due';
  const total: Cell[] =
    creditRows.length === 0
      ? [{ text: label, span: 3 }, money(totals.total), money(totals.paid), money(s.balance), '']
      : [{ text: label, span: 5 }, money(s.balance), ''];
  const subtotal: Cell[] | null =
    creditRows.length > 0 && invoiceRows.length > 0
      ? [{ text: 'Open invoices', span: 3 }, money(totals.total), money(totals.paid), money(s.open), '']
      : null;
  const totalHeight = table.measureRow(total, 'total');
  // The last row of each part stays with what closes it: a total never starts a page alone.
  invoiceRows.forEach((cells, n) => {
    const last = n === invoiceRows.length - 1;
    const after = subtotal ? table.measureRow(subtotal, 'subtotal') : creditRows.length > 0 ? 0 : totalHeight;
    table.row(cells, last ? { keepWith: after } : {});
  });
  if (subtotal) table.row(subtotal, { kind: 'subtotal' });
  creditRows.forEach((cells, n) => {
    table.row(cells, n === creditRows.length - 1 ? { keepWith: totalHeight } : {});
  });
  table.row(total, { kind: 'total' });
  pdf.y += 10;
}

interface Totals {
  total: number;
  paid: number;
}

function totalsOf(s: StatementData): Totals {
  return s.invoices.reduce((t, i) => ({ total: t.total + i.total, paid: t.paid + i.paid }), {
    total: 0,
    paid: 0,
  });
}

/** "Payment P-7, not yet set against an invoice"; "… £20.00 of £100.00 …" when partly used. */
function creditWords(fmt: DocumentFormats, c: StatementCredit): string {
  const what = c.kind === 'payment' ? `Payment ${c.ref}` : `Credit note ${c.ref}`;
  if (c.unapplied === c.amount) return `${what}, not yet set against an invoice`;
  return `${what}: ${fmt.money(c.unapplied)} of ${fmt.money(c.amount)} not yet set against an invoice`;
}
