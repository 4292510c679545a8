import { DETAIL_KEYS, fillsAny, isTotalRow, pick, renamed } from './helpers';
import type { Profile } from './types';

// Sage 50 Accounts (UK) exports: the customer list keyed by account reference ("A/C"), and the
// audit trail of transactions, where the Type says what each row is: SI sales invoice, SC sales
// credit, SR sales receipt (its Reference is the invoice it pays), SA payment on account. Net and
// tax come in separate columns; dates are DD/MM/YYYY; files are Windows-1252.

export const sageCustomers: Profile = {
  id: 'sage.customers',
  tool: 'Sage',
  kind: 'customers',
  label: 'Sage customer list',
  columns: {
    ref: ['a/c', 'account reference', 'account ref'],
    name: ['name', 'company name'],
    email: ['e-mail', 'email'],
    terms: ['payment due days', 'terms'],
    creditLimit: ['credit limit'],
    contactName: ['contact name'],
    phone: ['telephone'],
    addressLine1: ['street1', 'address line 1'],
    addressLine2: ['street2', 'address line 2'],
    city: ['town'],
    postcode: ['post code', 'postcode'],
    country: ['country', 'country code'],
  },
  required: ['ref', 'name'],
  signature: { columns: ['a/c', 'payment due days', 'trading terms text'] },
  read(rows, out) {
    for (const r of rows) {
      if (isTotalRow(r) || !fillsAny(r, ['ref', 'name'])) continue;
      out.customers.push({ row: r.n, ...pick(r, ['ref', 'name', ...DETAIL_KEYS]) });
    }
  },
};

export const sageTransactions: Profile = {
  id: 'sage.transactions',
  tool: 'Sage',
  kind: 'transactions',
  label: 'Sage audit trail of sales transactions',
  columns: {
    type: ['type'],
    customerRef: ['account reference', 'a/c', 'account'],
    date: ['date'],
    reference: ['reference', 'ref'],
    tranNo: ['tran no.', 'no', 'transaction number'],
    details: ['details'],
    net: ['net amount', 'net'],
    tax: ['tax amount', 'tax', 'vat'],
    extra: ['extra reference', 'ex.ref'],
  },
  required: ['type', 'customerRef', 'date', 'net'],
  signature: { columns: ['nominal a/c ref', 'tax code', 'extra reference'] },
  read(rows, out) {
    for (const r of rows) {
      if (!fillsAny(r, ['type'])) continue;
      const type = r.text('type').toUpperCase();
      const date = r.must('date');
      const net = r.must('net');
      const tax = r.cell('tax');
      const plus = tax ? { plus: [tax] } : {};
      const customerRef = r.cell('customerRef');
      const ref = r.cell('tranNo');
      if (type === 'SI') {
        const number = r.must('reference');
        out.invoices.push({ row: r.n, number, issueDate: date, total: net, customerRef, ...plus });
      } else if (type === 'SC') {
        const invoice = r.cell('extra');
        out.creditNotes.push({
          row: r.n,
          date,
          amount: net,
          customerRef,
          ...plus,
          ...renamed(r, { details: 'reason', reference: 'number' }),
          ...(invoice ? { invoiceNumber: invoice, invoiceIsHint: true } : {}),
        });
      } else if (type === 'SR' || type === 'SA') {
        const invoice = type === 'SR' ? r.cell('reference') : undefined;
        out.payments.push({
          row: r.n,
          date,
          amount: net,
          customerRef,
          ...plus,
          targets: invoice ? [{ invoiceNumber: invoice }] : [],
          ...(ref ? { ref } : {}),
          ...renamed(r, { extra: 'method', details: 'note' }),
        });
      } else {
        out.skipped.push({ row: r.n, reason: `Sage ${type} transaction` });
      }
    }
  },
};
