import { fillsAny, leftOutByStatus, pick } from './helpers';
import type { Profile } from './types';

// FreshBooks' invoice details export: one row per line item, no invoice total (the line totals
// add up to it) and usually no due date. The status says "paid", with the date paid; a partial
// payment's amount is not in this export, so such invoices come in unpaid, and Duly says so.

const NOT_OWED = new Set(['draft', 'void', 'voided', 'deleted', 'disputed draft']);

export const freshbooksInvoices: Profile = {
  id: 'freshbooks.invoices',
  tool: 'FreshBooks',
  kind: 'invoices',
  label: 'FreshBooks invoice details export',
  columns: {
    customerName: ['client name', 'client', 'organization'],
    number: ['invoice #', 'invoice number'],
    issueDate: ['date issued', 'issue date'],
    dueDate: ['due date', 'date due'],
    status: ['invoice status', 'status'],
    paidDate: ['date paid'],
    lineAmount: ['line total'],
    currency: ['currency'],
  },
  required: ['customerName', 'number', 'issueDate', 'lineAmount'],
  signature: { columns: ['date issued', 'line total', 'line subtotal'] },
  group: (rows) => [rows],
  read(rows, out) {
    const partly = new Set<string>();
    for (const r of rows) {
      if (!fillsAny(r, ['number', 'issueDate'])) continue;
      if (leftOutByStatus(r, out, NOT_OWED)) continue;
      const status = r.text('status').toLowerCase();
      if (status === 'partial') partly.add(r.text('number'));
      out.invoices.push({
        row: r.n,
        number: r.must('number'),
        issueDate: r.must('issueDate'),
        ...pick(r, ['customerName', 'dueDate', 'lineAmount', 'currency', 'paidDate']),
        ...(status === 'paid' ? { paidInFull: true } : {}),
      });
    }
    if (partly.size > 0) {
      out.notes.push(
        `FreshBooks marks ${[...partly].join(', ')} as partly paid but this export does not say how much; ` +
          'they come in unpaid until the payments are recorded or imported.',
      );
    }
  },
};
