import { fillsAny, pick, renamed } from './helpers';
import type { Profile } from './types';

// A till (point-of-sale) journal: every sale, refund and payment taken at the counter. Only sales
// put on a customer's account are owed; sales paid at the till never were and are left out.
// Written for the common German layout (Belegnr.; Belegart; …; decimal comma, DD.MM.YYYY) and
// its English equivalent.

const ON_ACCOUNT = /auf rechnung|rechnung|on account|account|invoice|credit/i;
const SALE = /^(verkauf|sale|sales)$/i;
const REFUND = /^(storno|gutschrift|refund|return|void)$/i;
const PAYMENT = /^(zahlungseingang|payment|payment received|receipt)$/i;

export const tillJournal: Profile = {
  id: 'till.journal',
  tool: 'Till',
  kind: 'transactions',
  label: 'till (point of sale) journal',
  columns: {
    number: ['belegnr.', 'belegnummer', 'receipt no', 'receipt no.', 'receipt number', 'transaction no'],
    type: ['belegart', 'transaction type', 'type'],
    date: ['datum', 'date'],
    customerRef: ['kundennr.', 'kundennummer', 'customer no', 'customer no.', 'account no'],
    customerName: ['kunde', 'customer', 'customer name'],
    tender: ['zahlungsart', 'payment method', 'tender', 'payment type'],
    gross: ['brutto', 'gross', 'total'],
    reference: ['bezug', 'reference', 'original receipt'],
  },
  required: ['number', 'type', 'date', 'tender', 'gross'],
  signature: { columns: ['belegnr.', 'belegart', 'zahlungsart', 'tender'] },
  read(rows, out) {
    for (const r of rows) {
      if (!fillsAny(r, ['number', 'date'])) continue;
      const type = r.text('type');
      const naming = pick(r, ['customerRef', 'customerName']);
      const date = r.must('date');
      const amount = r.must('gross');
      const reference = r.cell('reference');
      const onAccount = ON_ACCOUNT.test(r.text('tender')) && r.cell('customerRef') !== undefined;
      if (SALE.test(type) && onAccount) {
        out.invoices.push({ row: r.n, number: r.must('number'), issueDate: date, total: amount, ...naming });
      } else if (REFUND.test(type) && onAccount) {
        out.creditNotes.push({
          row: r.n,
          number: r.must('number'),
          date,
          amount,
          ...naming,
          ...(reference ? { invoiceNumber: reference } : {}),
        });
      } else if (PAYMENT.test(type) && r.cell('customerRef')) {
        out.payments.push({
          row: r.n,
          ref: r.must('number'),
          date,
          amount,
          targets: reference ? [{ invoiceNumber: reference }] : [],
          ...naming,
          ...renamed(r, { tender: 'method' }),
        });
      } else {
        out.skipped.push({
          row: r.n,
          reason:
            SALE.test(type) || REFUND.test(type) ? 'sale paid at the till' : `${type || 'untyped'} entry`,
        });
      }
    }
  },
};
