import { DETAIL_KEYS, fillsAny, invoiceFromRow, leftOutByStatus, pick } from './helpers';
import type { Profile } from './types';

// Zoho Invoice / Zoho Books exports: invoices one row per line item with the invoice Total and
// Balance repeated; customer payments one row per invoice the payment was applied to, with the
// amount applied to each. Drafts and void invoices are not owed and are left out.

const NOT_OWED = new Set(['draft', 'void', 'voided', 'pending approval', 'approved']);

export const zohoInvoices: Profile = {
  id: 'zoho.invoices',
  tool: 'Zoho',
  kind: 'invoices',
  label: 'Zoho invoices export',
  columns: {
    issueDate: ['invoice date'],
    number: ['invoice number'],
    status: ['invoice status'],
    customerName: ['customer name'],
    dueDate: ['due date'],
    total: ['total'],
    balance: ['balance'],
    paidDate: ['last payment date'],
    currency: ['currency code'],
    terms: ['payment terms'],
    addressLine1: ['billing address'],
    city: ['billing city'],
    postcode: ['billing code'],
    country: ['billing country'],
    phone: ['billing phone'],
  },
  required: ['issueDate', 'number', 'customerName', 'total'],
  signature: { columns: ['invoice id', 'invoice status', 'item total'] },
  read(rows, out) {
    for (const r of rows) {
      if (!fillsAny(r, ['number', 'issueDate'])) continue;
      if (leftOutByStatus(r, out, NOT_OWED)) continue;
      out.invoices.push(invoiceFromRow(r, { customer: pick(r, DETAIL_KEYS) }));
    }
  },
};

export const zohoPayments: Profile = {
  id: 'zoho.payments',
  tool: 'Zoho',
  kind: 'payments',
  label: 'Zoho customer payments export',
  columns: {
    ref: ['payment number'],
    date: ['date'],
    customerName: ['customer name'],
    amount: ['amount'],
    invoiceNumber: ['invoice number'],
    invoiceAmount: ['invoice amount'],
    method: ['mode'],
    note: ['reference number'],
    currency: ['currency code'],
  },
  required: ['ref', 'date', 'customerName', 'amount'],
  signature: { columns: ['customerpayment id', 'unused amount'] },
  read(rows, out) {
    for (const r of rows) {
      if (!fillsAny(r, ['ref', 'date'])) continue;
      const invoice = r.cell('invoiceNumber');
      const applied = r.cell('invoiceAmount');
      out.payments.push({
        row: r.n,
        date: r.must('date'),
        amount: r.must('amount'),
        targets: invoice ? [{ invoiceNumber: invoice, ...(applied ? { amount: applied } : {}) }] : [],
        ...pick(r, ['ref', 'customerName', 'method', 'note', 'currency']),
      });
    }
  },
};
