import { DETAIL_KEYS, fillsAny, isTotalRow, pick, readInvoiceRows } from './helpers';
import type { Profile } from './types';

// Duly's own files: the simplest way in, and what `writeCanonicalCsv` writes out.
//   customers    customer_ref,name,email,payment_terms_days,credit_limit[,contact_name,phone,
//                address_line1,address_line2,postcode,city,country]
//   invoices     invoice_number,customer_ref,issue_date,due_date,total
//   payments     payment_ref,customer_ref,date,amount,invoice_number   (invoice optional; several
//                invoices separated by ";" are paid in that order)
//   credit notes credit_note_number,customer_ref,date,amount,invoice_number,reason

const detailColumns = {
  email: ['email'],
  terms: ['payment_terms_days'],
  creditLimit: ['credit_limit'],
  contactName: ['contact_name', 'contact'],
  phone: ['phone'],
  addressLine1: ['address_line1'],
  addressLine2: ['address_line2'],
  postcode: ['postcode'],
  city: ['city'],
  country: ['country'],
};

export const canonicalCustomers: Profile = {
  id: 'duly.customers',
  tool: 'Duly',
  kind: 'customers',
  label: 'Duly customers file',
  columns: { ref: ['customer_ref'], name: ['name'], ...detailColumns },
  required: ['ref', 'name'],
  signature: { columns: ['customer_ref', 'payment_terms_days'] },
  read(rows, out) {
    for (const r of rows) {
      if (!fillsAny(r, ['ref', 'name'])) continue;
      out.customers.push({ row: r.n, ...pick(r, ['ref', 'name', ...DETAIL_KEYS]) });
    }
  },
};

export const canonicalInvoices: Profile = {
  id: 'duly.invoices',
  tool: 'Duly',
  kind: 'invoices',
  label: 'Duly invoices file',
  columns: {
    number: ['invoice_number'],
    customerRef: ['customer_ref'],
    issueDate: ['issue_date'],
    dueDate: ['due_date'],
    total: ['total'],
  },
  required: ['number', 'customerRef', 'issueDate', 'total'],
  signature: { columns: ['invoice_number', 'issue_date'] },
  read: readInvoiceRows,
};

export const canonicalPayments: Profile = {
  id: 'duly.payments',
  tool: 'Duly',
  kind: 'payments',
  label: 'Duly payments file',
  columns: {
    ref: ['payment_ref'],
    customerRef: ['customer_ref'],
    date: ['date'],
    amount: ['amount'],
    invoiceNumber: ['invoice_number'],
    method: ['method'],
    note: ['note'],
  },
  required: ['ref', 'customerRef', 'date', 'amount'],
  signature: { columns: ['payment_ref'] },
  read(rows, out) {
    for (const r of rows) {
      if (isTotalRow(r) && !r.cell('ref')) continue;
      if (!fillsAny(r, ['ref', 'date', 'amount'])) continue;
      const invoice = r.cell('invoiceNumber');
      out.payments.push({
        row: r.n,
        date: r.must('date'),
        amount: r.must('amount'),
        targets: (invoice?.text.split(';') ?? [])
          .map((number) => number.trim())
          .filter((number) => number !== '')
          .map((number) => ({ invoiceNumber: { ...invoice!, text: number } })),
        ...pick(r, ['ref', 'customerRef', 'method', 'note']),
      });
    }
  },
};

export const canonicalCreditNotes: Profile = {
  id: 'duly.credit-notes',
  tool: 'Duly',
  kind: 'credit_notes',
  label: 'Duly credit notes file',
  columns: {
    number: ['credit_note_number'],
    customerRef: ['customer_ref'],
    date: ['date'],
    amount: ['amount'],
    invoiceNumber: ['invoice_number'],
    reason: ['reason'],
  },
  required: ['number', 'customerRef', 'date', 'amount'],
  signature: { columns: ['credit_note_number'] },
  read(rows, out) {
    for (const r of rows) {
      if (!fillsAny(r, ['number', 'date', 'amount'])) continue;
      out.creditNotes.push({
        row: r.n,
        date: r.must('date'),
        amount: r.must('amount'),
        ...pick(r, ['number', 'customerRef', 'invoiceNumber', 'reason']),
      });
    }
  },
};
