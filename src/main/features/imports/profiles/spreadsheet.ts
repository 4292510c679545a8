import { DETAIL_KEYS, fillsAny, isTotalRow, pick, readInvoiceRows } from './helpers';
import type { Profile } from './types';

// Hand-made spreadsheets: whatever headers people type. Recognised by the usual names for each
// field; a tool's own profile outranks these whenever its signature columns are present.

const customerNaming = {
  customerRef: [
    'account number',
    'account no',
    'account no.',
    'account ref',
    'account reference',
    'account',
    'a/c',
    'a/c ref',
    'customer ref',
    'customer reference',
    'customer id',
    'customer number',
    'customer no',
    'customer no.',
    'customer code',
    'client id',
    'client number',
    'client ref',
  ],
  customerName: [
    'customer',
    'customer name',
    'client',
    'client name',
    'company',
    'company name',
    'name',
    'bill to',
  ],
};

const detailColumns = {
  email: ['email', 'email address', 'e-mail', 'customer email'],
  terms: ['terms', 'payment terms', 'terms (days)', 'payment terms (days)', 'credit terms'],
  creditLimit: ['credit limit', 'limit'],
  contactName: ['contact', 'contact name', 'contact person', 'attention'],
  phone: ['phone', 'telephone', 'phone number', 'tel', 'mobile'],
  addressLine1: ['address', 'address 1', 'address line 1', 'street', 'billing address'],
  addressLine2: ['address 2', 'address line 2'],
  postcode: ['postcode', 'post code', 'postal code', 'zip', 'zip code'],
  city: ['city', 'town', 'town/city'],
  country: ['country'],
};

export const spreadsheetInvoices: Profile = {
  id: 'spreadsheet.invoices',
  tool: 'Spreadsheet',
  kind: 'invoices',
  label: 'spreadsheet of invoices',
  columns: {
    number: [
      'invoice #',
      'invoice number',
      'invoice no',
      'invoice no.',
      'invoice',
      'inv #',
      'inv no',
      'invoice ref',
      'invoice id',
    ],
    ...customerNaming,
    issueDate: ['invoice date', 'date', 'issue date', 'date issued', 'issued', 'invoice issued'],
    dueDate: ['due date', 'due', 'date due', 'payment due', 'due on'],
    total: [
      'amount',
      'total',
      'invoice total',
      'invoice amount',
      'total amount',
      'gross',
      'gross amount',
      'amount (gross)',
    ],
    paid: ['amount paid', 'paid', 'paid to date', 'payments', 'amount received'],
    balance: [
      'balance',
      'open balance',
      'balance due',
      'outstanding',
      'amount outstanding',
      'amount due',
      'open amount',
    ],
    currency: ['currency'],
    ...detailColumns,
  },
  required: ['number', 'issueDate', 'total'],
  read: readInvoiceRows,
};

export const spreadsheetCustomers: Profile = {
  id: 'spreadsheet.customers',
  tool: 'Spreadsheet',
  kind: 'customers',
  label: 'spreadsheet of customers',
  columns: {
    ref: customerNaming.customerRef,
    name: ['name', 'customer', 'customer name', 'client', 'client name', 'company', 'company name'],
    ...detailColumns,
  },
  required: ['name'],
  // "Name" or "Client" alone is in half the files anyone exports: a customer list has more.
  minimumColumns: 2,
  read(rows, out) {
    for (const r of rows) {
      if (isTotalRow(r) || !fillsAny(r, ['ref', 'name'])) continue;
      out.customers.push({ row: r.n, ...pick(r, ['ref', 'name', ...DETAIL_KEYS]) });
    }
  },
};

export const spreadsheetPayments: Profile = {
  id: 'spreadsheet.payments',
  tool: 'Spreadsheet',
  kind: 'payments',
  label: 'spreadsheet of payments',
  columns: {
    ref: [
      'payment ref',
      'payment reference',
      'payment #',
      'payment no',
      'payment number',
      'receipt no',
      'receipt #',
      'receipt number',
      'reference',
      'ref',
    ],
    ...customerNaming,
    date: ['payment date', 'date paid', 'date received', 'received', 'date'],
    amount: ['amount received', 'payment amount', 'amount paid', 'amount', 'paid'],
    invoiceNumber: ['invoice #', 'invoice number', 'invoice no', 'invoice no.', 'invoice', 'for invoice'],
    method: ['method', 'payment method', 'paid by', 'mode'],
    note: ['note', 'notes', 'memo'],
  },
  required: ['date', 'amount'],
  read(rows, out) {
    for (const r of rows) {
      if (isTotalRow(r) && !r.cell('ref')) continue;
      if (!fillsAny(r, ['date', 'amount'])) continue;
      const invoice = r.cell('invoiceNumber');
      out.payments.push({
        row: r.n,
        date: r.must('date'),
        amount: r.must('amount'),
        targets: invoice ? [{ invoiceNumber: invoice }] : [],
        ...pick(r, ['ref', 'customerRef', 'customerName', 'method', 'note']),
      });
    }
  },
};

export const spreadsheetCreditNotes: Profile = {
  id: 'spreadsheet.credit-notes',
  tool: 'Spreadsheet',
  kind: 'credit_notes',
  label: 'spreadsheet of credit notes',
  columns: {
    number: ['credit note #', 'credit note number', 'credit note', 'credit no', 'cn #', 'cn number'],
    ...customerNaming,
    date: ['date', 'credit date', 'issue date'],
    amount: ['amount', 'total', 'credit amount'],
    invoiceNumber: ['invoice #', 'invoice number', 'invoice no', 'invoice', 'for invoice'],
    reason: ['reason', 'note', 'notes', 'memo'],
  },
  required: ['number', 'date', 'amount'],
  read(rows, out) {
    for (const r of rows) {
      if (isTotalRow(r) && !r.cell('number')) continue;
      if (!fillsAny(r, ['number', 'date', 'amount'])) continue;
      out.creditNotes.push({
        row: r.n,
        date: r.must('date'),
        amount: r.must('amount'),
        ...pick(r, ['number', 'customerRef', 'customerName', 'invoiceNumber', 'reason']),
      });
    }
  },
};
