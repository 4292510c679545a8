import { fillsAny, invoiceFromRow, pick } from './helpers';
import type { Profile } from './types';

// Xero's sales invoice export (Business › Invoices › Export): one row per line item, the invoice
// total repeated on each line; contacts named, never referenced; dates in the organisation's own
// format; credit notes in the same file, told apart by Type ("Sales credit note" / ACCRECCREDIT).
// Only invoices that are owed count: drafts, those awaiting approval, voided and deleted are left out.

const OWED = new Set(['awaiting payment', 'paid', 'authorised', 'authorized', 'overdue', 'partially paid']);

export const xeroInvoices: Profile = {
  id: 'xero.invoices',
  tool: 'Xero',
  kind: 'transactions',
  label: 'Xero sales invoices export',
  columns: {
    customerName: ['contactname'],
    email: ['emailaddress'],
    addressLine1: ['poaddressline1'],
    addressLine2: ['poaddressline2'],
    city: ['pocity'],
    postcode: ['popostalcode'],
    country: ['pocountry'],
    number: ['invoicenumber'],
    reference: ['reference'],
    issueDate: ['invoicedate'],
    dueDate: ['duedate'],
    total: ['total'],
    paid: ['invoiceamountpaid'],
    balance: ['invoiceamountdue'],
    currency: ['currency'],
    type: ['type'],
    status: ['status'],
  },
  required: ['customerName', 'number', 'issueDate', 'total'],
  signature: { columns: ['contactname', 'invoicenumber', 'invoiceamountdue'] },
  read(rows, out) {
    for (const r of rows) {
      if (!fillsAny(r, ['number', 'issueDate'])) continue;
      const status = r.text('status').toLowerCase();
      const type = r.text('type').toLowerCase();
      const creditNote = type.includes('credit') || type === 'accreccredit';
      if (status !== '' && !OWED.has(status)) {
        out.skipped.push({ row: r.n, reason: `${status} ${creditNote ? 'credit note' : 'invoice'}` });
        continue;
      }
      if (creditNote) {
        const reference = r.cell('reference');
        out.creditNotes.push({
          row: r.n,
          date: r.must('issueDate'),
          amount: r.must('total'),
          ...pick(r, ['number', 'customerName', 'currency']),
          // Xero's Reference is free text; it names the invoice only when it matches one.
          ...(reference ? { invoiceNumber: reference, invoiceIsHint: true } : {}),
        });
      } else {
        out.invoices.push(invoiceFromRow(r));
      }
    }
  },
};

export const xeroAgedReceivables: Profile = {
  id: 'xero.aged-receivables',
  tool: 'Xero',
  kind: 'summary',
  label: 'Xero Aged Receivables Summary',
  columns: { contact: ['contact'], current: ['current'], older: ['older'], total: ['total'] },
  required: ['contact', 'current', 'total'],
  signature: { columns: ['older', '< 1 month'], titles: [/aged receivables/i] },
  group: (rows) => [rows],
  read(_rows, out) {
    out.problems.push({
      message:
        "This is Xero's Aged Receivables Summary: it has a total per customer, not the invoices, so Duly cannot " +
        'tell what is owed for what. In Xero, export the invoices instead (Business › Invoices › Export) and import that file.',
    });
  },
};
