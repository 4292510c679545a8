import type { Pdf } from '../../pdf/document';
import type { DocumentFormats } from '../../pdf/format';
import { type Cell, layoutColumns, TableWriter } from '../../pdf/table';
import type { ActivityData, ActivityEntry } from './activity.data';
import { startLetter } from './identity';
import type { StatementData } from './statement.data';
import { drawSlipWhenOwed, dueBox, type StatementRun } from './statement.pdf';
import { drawAgeingRow, drawNote, drawStatementTitle } from './statement-parts';

// The activity statement (balance brought forward): the balance at the start of the period, every
// invoice, payment and credit note in it in date order with the balance after each, and the balance at
// the end, which is the open-item statement's balance on that day; then the ageing on the last day.

export function activityTitle(run: StatementRun, a: { from: string; to: string }): string {
  return `Account activity ${run.fmt.date(a.from)} to ${run.fmt.date(a.to)}`;
}

/** `open` is the open-item statement on the last day of the period: its buckets make the ageing row. */
export function drawActivity(pdf: Pdf, run: StatementRun, a: ActivityData, open: StatementData): void {
  const { fmt, identity } = run;
  const { customer } = open;
  const from = fmt.date(a.from);
  const to = fmt.date(a.to);
  startLetter(
    pdf,
    identity,
    customer,
    [
      ['Statement date', to],
      ['Our reference', customer.ref],
    ],
    `Account activity · ${customer.name} (${customer.ref})`,
  );
  drawStatementTitle(pdf, 'Account activity', `From ${from} to ${to}`, dueBox(fmt, a.closing));
  drawNote(
    pdf,
    a.entries.length === 0
      ? `There were no invoices, payments or credit notes on your account from ${from} to ${to}.`
      : `Every invoice, payment and credit note on your account from ${from} to ${to}, with the balance after each. If anything here differs from your records, please let us know.`,
  );
  drawEntries(pdf, fmt, a);
  drawAgeingRow(pdf, fmt, run.defs, open.buckets, open.credit, open.balance);
  drawSlipWhenOwed(pdf, run, customer, to, a.closing);
}

function drawEntries(pdf: Pdf, fmt: DocumentFormats, a: ActivityData): void {
  const { money, date } = fmt;
  const figures = [
    ...a.entries.flatMap((e) => [money(Math.abs(e.amount)), money(e.balance)]),
    money(a.opening),
    money(a.charged),
    money(a.received),
    money(a.closing),
  ];
  const { columns } = layoutColumns(
    pdf,
    [
      { header: 'Date', fit: [date(a.to)] },
      { header: 'Details', flex: 1, min: 90, wrap: true },
      { header: 'Due date', fit: [date(a.to)] },
      { header: 'Invoiced', align: 'right', fit: figures },
      { header: 'Paid or\ncredited', align: 'right', fit: figures },
      { header: 'Balance', align: 'right', fit: figures },
    ],
    pdf.width,
  );
  const table = new TableWriter(pdf, { columns });
  table.start();
  table.row([date(a.from), { text: 'Balance brought forward', span: 4, bold: true }, money(a.opening)]);
  const total: Cell[] = [
    { text: `Balance on ${date(a.to)}`, span: 3 },
    money(a.charged),
    money(a.received),
    money(a.closing),
  ];
  const keepWith = table.measureRow(total, 'total');
  a.entries.forEach((e, n) => {
    table.row(entryCells(fmt, e), n === a.entries.length - 1 ? { keepWith } : {});
  });
  table.row(total, { kind: 'total' });
  pdf.y += 10;
}

const WHAT: Record<ActivityEntry['kind'], string> = {
  invoice: 'Invoice',
  payment: 'Payment',
  credit_note: 'Credit note',
};

function entryCells(fmt: DocumentFormats, e: ActivityEntry): Cell[] {
  const { money, date } = fmt;
  const details = [`${WHAT[e.kind]} ${e.ref}`, e.note.trim()].filter((t) => t !== '').join(' · ');
  return [
    date(e.date),
    details,
    e.dueDate ? date(e.dueDate) : '',
    e.amount > 0 || e.kind === 'invoice' ? money(e.amount) : '',
    e.kind === 'invoice' ? '' : money(-e.amount),
    money(e.balance),
  ];
}
