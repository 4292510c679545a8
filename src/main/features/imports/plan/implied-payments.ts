import { formatDate, type IsoDate, maxDate } from '../../../../shared/dates';
import type { Ctx } from '../../../context';
import { getSettings } from '../../settings/settings.service';
import type { ParsedInvoice } from '../normalise/parsed';
import type { CustomerHandle } from './customers';
import type { InvoiceHandle, PlannedPayment } from './plan';

// Many exports list invoices with what has been paid ("Amount Paid", "Open balance", "Balance",
// status "paid") but not the payments themselves. So the money is not lost, Duly records the paid
// part as a payment against that invoice, dated when the file says it was paid, else the date the
// export was made, else the day of the import, and says which. Importing a later export records
// only what was paid since; importing the same file again records nothing.

interface PaidInFile {
  invoice: ParsedInvoice;
  handle: InvoiceHandle;
  exportDate: IsoDate | undefined;
}

export function planImpliedPayments(ctx: Ctx, items: PaidInFile[], usedRefs: Set<string>) {
  const { books } = ctx;
  const today = ctx.clock.today();
  const refTaken = books.prepare('SELECT 1 FROM payments WHERE ref = ?').pluck();
  const customerOf = books.prepare('SELECT id, ref, payment_terms_days AS terms FROM customers WHERE id = ?');
  const payments: PlannedPayment[] = [];
  const counts = { paidDate: 0, exportDate: new Map<IsoDate, number>(), today: 0 };
  for (const { invoice, handle, exportDate } of items) {
    const settled = handle.kind === 'existing' ? handle.total - handle.open : 0;
    const delta = (invoice.paid ?? 0) - settled;
    if (delta <= 0) continue;
    let date: IsoDate;
    if (invoice.paidDate) {
      date = invoice.paidDate;
      counts.paidDate++;
    } else if (exportDate) {
      date = exportDate;
      counts.exportDate.set(exportDate, (counts.exportDate.get(exportDate) ?? 0) + 1);
    } else {
      date = today;
      counts.today++;
    }
    const issueDate = handle.kind === 'existing' ? handle.issueDate : handle.invoice.issueDate;
    date = maxDate(date, issueDate);
    let ref = `PAID-${invoice.number}`;
    for (let n = 2; usedRefs.has(ref) || refTaken.get(ref) !== undefined; n++)
      ref = `PAID-${invoice.number}-${n}`;
    usedRefs.add(ref);
    let customer: CustomerHandle;
    if (handle.kind === 'new') customer = handle.invoice.customer;
    else {
      const row = customerOf.get(handle.customerId) as { id: number; ref: string; terms: number | null };
      customer = { kind: 'existing', id: row.id, ref: row.ref, terms: row.terms };
    }
    payments.push({
      id: 0,
      where: invoice.where,
      ref,
      customer,
      date,
      amount: delta,
      method: '',
      note: `Recorded by the import: ${invoice.where.file} shows ${invoice.number} as paid, but lists no payment.`,
      targets: [{ invoice: handle, amount: delta }],
      implied: true,
    });
  }
  // Said in the present tense, true both before the import (the check) and after (the summary);
  // dates as the owner reads them.
  const notes: string[] = [];
  if (payments.length > 0) {
    const show = (date: IsoDate) => formatDate(date, getSettings(ctx).dateFormat);
    const dated: string[] = [];
    if (counts.paidDate > 0) dated.push(`${counts.paidDate} dated when the file says the invoice was paid`);
    for (const [date, n] of counts.exportDate)
      dated.push(`${n} dated ${show(date)}, the day the report was exported`);
    if (counts.today > 0)
      dated.push(`${counts.today} dated today (${show(today)}), as the file does not say when`);
    notes.push(
      `The files show invoices as paid but do not list the payments, so ${payments.length} ` +
        `payment${payments.length === 1 ? ' is' : 's are'} recorded from the paid and balance columns: ${dated.join('; ')}.`,
    );
  }
  return { payments, notes };
}
