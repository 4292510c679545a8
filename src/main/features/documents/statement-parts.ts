import { type BucketDef, bucketHeading } from '../../../shared/contract/ageing';
import type { SettingsDto } from '../../../shared/contract/settings';
import type { Pdf } from '../../pdf/document';
import { paragraph, paragraphHeight } from '../../pdf/flow';
import { FONT } from '../../pdf/fonts';
import type { DocumentFormats } from '../../pdf/format';
import { layoutColumns, TABLE_STYLE, type TableStyle, TableWriter } from '../../pdf/table';
import { INK, measure, put, type TextStyle } from '../../pdf/text';

// The pieces both statements share: the title with the amount due beside it, the ageing row, how to
// pay (and, below it, the remittance slip of ./remittance-slip.ts).

export const BODY: TextStyle = { font: FONT.regular, size: 9.5, color: INK.text };
const TITLE: TextStyle = { font: FONT.bold, size: 16, color: INK.text };
const SUBTITLE: TextStyle = { font: FONT.regular, size: 9, color: INK.muted };
const SMALL: TextStyle = { font: FONT.regular, size: 7.5, color: INK.muted };
const HEADING: TextStyle = { font: FONT.bold, size: 9.5, color: INK.text };

/** The title on the left, the amount due in a pale box on the right, a short note below. */
export function drawStatementTitle(
  pdf: Pdf,
  title: string,
  subtitle: string,
  due: { label: string; amount: string },
): void {
  const { doc } = pdf;
  const top = pdf.y;
  const amount: TextStyle = { font: FONT.bold, size: 14, color: INK.text };
  // A point to spare: the amount must never be cut for a rounding error.
  const boxWidth = Math.max(measure(doc, due.amount, amount), measure(doc, due.label, SMALL)) + 25;
  const boxX = pdf.right - boxWidth;
  doc.save().roundedRect(boxX, top, boxWidth, 38, 3).fill(INK.band).restore();
  put(doc, due.label, boxX + 12, top + 13, SMALL, { width: boxWidth - 24, align: 'right' });
  put(doc, due.amount, boxX + 12, top + 30, amount, { width: boxWidth - 24, align: 'right' });
  const width = boxX - pdf.left - 16;
  put(doc, title, pdf.left, top + 16, TITLE, { width });
  put(doc, subtitle, pdf.left, top + 31, SUBTITLE, { width });
  pdf.y = top + 38 + 10;
}

/** A short kind paragraph under the title. */
export function drawNote(pdf: Pdf, text: string): void {
  paragraph(pdf, text, { ...BODY, size: 9 }, { leading: 1.35 });
  pdf.y += 6;
}

/**
 * The ageing row: what is open in each bucket from Settings, the credit not yet allocated, and the
 * balance; the figures add up to the balance. Kept whole on one page.
 */
export function drawAgeingRow(
  pdf: Pdf,
  fmt: DocumentFormats,
  defs: readonly BucketDef[],
  buckets: readonly number[],
  credit: number,
  balance: number,
): void {
  const cells = [...buckets.map((b) => fmt.money(b)), ...(credit > 0 ? [fmt.money(-credit)] : [])];
  const count = defs.length + (credit > 0 ? 1 : 0) + 1;
  // Up to seven buckets from Settings, plus credit and balance: smaller type and padding when many.
  const style: TableStyle =
    count > 7
      ? { ...TABLE_STYLE, size: 8, headerSize: 7, padX: 3, zebra: false }
      : { ...TABLE_STYLE, zebra: false };
  const inner = pdf.width / count - 2 * style.padX;
  const header = (text: string) => {
    const words = text.split(' ');
    if (words.length < 2 || measure(pdf.doc, text, { font: FONT.bold, size: style.headerSize }) <= inner)
      return text;
    // On two lines ("Over 180" / "days") rather than cut.
    return `${words.slice(0, -1).join(' ')}\n${words.at(-1)}`;
  };
  const headers = [
    ...defs.map((d) => header(bucketHeading(d.label))),
    ...(credit > 0 ? ['Unallocated\ncredit'] : []),
  ];
  // Equal columns across the page: the row reads as one line of figures.
  const specs = [...headers, 'Balance'].map((h) => ({
    header: h,
    align: 'right' as const,
    flex: 1,
    min: 30,
  }));
  const { columns } = layoutColumns(pdf, specs, pdf.width, style);
  const table = new TableWriter(pdf, { columns, style });
  pdf.ensureRoom(15 + 2 * table.rowHeight + 8);
  put(pdf.doc, 'How long it has been owed', pdf.left, pdf.y + 10, HEADING);
  pdf.y += 15;
  table.start();
  table.row([...cells, { text: fmt.money(balance), bold: true }]);
  pdf.y += 10;
}

/**
 * How to pay: the owner's payment details, what to quote, the payment link. `below` is the height of
 * what must stay on the same page after it (the slip).
 */
export function drawPaymentDetails(pdf: Pdf, settings: SettingsDto, customerRef: string, below = 0): void {
  const quote = settings.paymentReference.trim();
  const lines = [
    settings.paymentDetails.trim(),
    quote !== ''
      ? `Please quote ${quote} (${customerRef}) with your payment.`
      : `Please quote ${customerRef} with your payment, so we can match it to your account.`,
    settings.paymentLink.trim() !== '' ? `Pay online: ${settings.paymentLink.trim()}` : '',
  ].filter((l) => l !== '');
  const text = lines.join('\n');
  const style = { ...BODY, size: 9 };
  // With the slip below it: a page left with the slip alone would say nothing about how to pay.
  pdf.ensureRoom(15 + paragraphHeight(pdf, text, style, { leading: 1.35 }) + 8 + below);
  put(pdf.doc, 'How to pay', pdf.left, pdf.y + 10, HEADING);
  pdf.y += 15;
  paragraph(pdf, text, style, { leading: 1.35 });
  pdf.y += 8;
}
