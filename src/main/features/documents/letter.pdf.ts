import type { LetterInvoice, MergedLetter } from '../../../shared/contract/templates';
import type { IsoDate } from '../../../shared/dates';
import { type Pdf, type PdfSection, renderPdf } from '../../pdf/document';
import { paragraph, paragraphHeight } from '../../pdf/flow';
import { FONT } from '../../pdf/fonts';
import type { DocumentFormats } from '../../pdf/format';
import { type Cell, layoutColumns, TableWriter } from '../../pdf/table';
import { INK, type TextStyle } from '../../pdf/text';
import { counted, overdueWords } from '../reports/report-words';
import type { CustomerContact } from '../reports/reports.repository';
import { type DocumentIdentity, formatsFor, letterSetup, startLetter } from './identity';

// A reminder letter: the letterhead, the subject as a bold heading, the merged text as paragraphs,
// the invoices it is about as a table with their total, and the signature under the business name.
// The words come merged already (the template engine's work); this only lays them out.

export interface LetterInput {
  identity: DocumentIdentity;
  customer: CustomerContact;
  merged: MergedLetter;
  /** The invoices the letter is about (letterInvoices in the templates feature), in table order. */
  invoices: readonly LetterInvoice[];
  /** The letter's date. */
  asOf: IsoDate;
  /** The file's creation time (default: noon on the letter's date, so the same letter gives the same bytes). */
  createdAt?: Date;
}

const SUBJECT: TextStyle = { font: FONT.bold, size: 11.5, color: INK.text };
const TEXT: TextStyle = { font: FONT.regular, size: 10, color: INK.text };
const LEADING = 1.45;

export function letterTitle(input: LetterInput): string {
  return input.merged.subject.trim() || `Letter to ${input.customer.name}`;
}

export function drawLetter(pdf: Pdf, input: LetterInput): void {
  const { identity, customer, merged } = input;
  const fmt = formatsFor(identity);
  const date = fmt.date(input.asOf);
  startLetter(
    pdf,
    identity,
    customer,
    [
      ['Date', date],
      ['Our reference', customer.ref],
    ],
    `${customer.name} (${customer.ref}) · ${date}`,
  );
  if (merged.subject.trim() !== '') {
    paragraph(pdf, merged.subject.trim(), SUBJECT, { leading: 1.3 });
    pdf.y += 10;
  }
  for (const block of merged.blocks) {
    if (block.kind === 'invoices') drawInvoices(pdf, fmt, input.invoices);
    else if (block.text.trim() !== '') {
      // A short paragraph moves whole to the next page rather than leaving one line behind.
      const height = paragraphHeight(pdf, block.text.trim(), TEXT, { leading: LEADING });
      if (height < 60) pdf.ensureRoom(height);
      paragraph(pdf, block.text.trim(), TEXT, { leading: LEADING });
      pdf.y += 8;
    }
  }
  drawSignature(pdf, identity.settings.signatureName, identity.settings.businessName);
}

function drawInvoices(pdf: Pdf, fmt: DocumentFormats, invoices: readonly LetterInvoice[]): void {
  const { money, date, count } = fmt;
  const owed = invoices.reduce((sum, i) => sum + i.owed, 0);
  const { columns } = layoutColumns(
    pdf,
    [
      { header: 'Invoice', flex: 1, min: 70 },
      { header: 'Invoice date', fit: [date('2000-12-31')] },
      { header: 'Due date', fit: [date('2000-12-31')] },
      { header: 'Owed', align: 'right', fit: [...invoices.map((i) => money(i.owed)), money(owed)] },
      {
        header: 'Days overdue',
        align: 'right',
        fit: ['Due today', count(Math.max(0, ...invoices.map((i) => i.daysOverdue)))],
      },
    ],
    pdf.width,
  );
  pdf.y += 2;
  const table = new TableWriter(pdf, { columns });
  table.start();
  const total: Cell[] = [
    { text: `Total · ${counted(invoices.length, 'invoice', count)}`, span: 3 },
    money(owed),
    '',
  ];
  const keepWith = table.measureRow(total, 'total');
  invoices.forEach((i, n) => {
    table.row(
      [
        i.number,
        date(i.issueDate),
        date(i.dueDate),
        money(i.owed),
        i.daysOverdue > 0
          ? overdueWords(i.daysOverdue, count)
          : { text: overdueWords(i.daysOverdue, count), color: INK.muted },
      ],
      n === invoices.length - 1 ? { keepWith } : {},
    );
  });
  table.row(total, { kind: 'total' });
  pdf.y += 16;
}

/** Room to sign by hand, the name of who signs, the business under it; kept together. */
function drawSignature(pdf: Pdf, name: string, business: string): void {
  const lines = [name.trim(), business.trim()].filter((l) => l !== '');
  if (lines.length === 0) return;
  const step = TEXT.size * LEADING;
  pdf.ensureRoom(30 + lines.length * step);
  pdf.y += 30;
  if (name.trim() !== '') paragraph(pdf, name.trim(), TEXT, { leading: LEADING });
  if (business.trim() !== '')
    paragraph(pdf, business.trim(), { ...TEXT, color: INK.muted }, { leading: LEADING });
}

/** The letter as one section of a batch, keyed by customer. */
export function letterSection(input: LetterInput): PdfSection<number> {
  return {
    key: input.customer.id,
    title: letterTitle(input),
    bookmark: `${input.customer.name} (${input.customer.ref})`,
    footer: letterFooter(input),
    draw: (pdf) => drawLetter(pdf, input),
  };
}

function letterFooter(input: LetterInput): string {
  const date = formatsFor(input.identity).date(input.asOf);
  return [input.identity.settings.businessName, `${input.customer.name} (${input.customer.ref})`, date]
    .filter(Boolean)
    .join('  ·  ');
}

/** One letter as a PDF. */
export async function renderLetter(input: LetterInput): Promise<Uint8Array> {
  return renderPdf(
    letterSetup(input.identity, {
      title: letterTitle(input),
      footer: letterFooter(input),
      createdAt: input.createdAt ?? new Date(`${input.asOf}T12:00:00Z`),
    }),
    (pdf) => drawLetter(pdf, input),
  );
}
