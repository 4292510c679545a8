import { fillsAny, invoiceFromRow, leftOutByStatus } from './helpers';
import type { Profile } from './types';

// Invoice Ninja (v5) invoice export: one row per invoice, every column prefixed by its entity
// ("Client Name", "Invoice Amount", "Invoice Balance"). Drafts, cancelled and reversed invoices
// are not owed and are left out.

const NOT_OWED = new Set(['draft', 'cancelled', 'canceled', 'reversed', 'deleted', 'archived']);

export const invoiceNinjaInvoices: Profile = {
  id: 'invoiceninja.invoices',
  tool: 'Invoice Ninja',
  kind: 'invoices',
  label: 'Invoice Ninja invoices export',
  columns: {
    customerName: ['client name'],
    currency: ['client currency', 'invoice currency'],
    number: ['invoice invoice number', 'invoice number'],
    total: ['invoice amount'],
    balance: ['invoice balance'],
    paid: ['invoice paid to date'],
    issueDate: ['invoice date'],
    dueDate: ['invoice due date'],
    status: ['invoice status'],
    email: ['client email', 'contact email'],
  },
  required: ['customerName', 'number', 'total', 'issueDate'],
  signature: { columns: ['invoice balance', 'invoice paid to date', 'client name'] },
  read(rows, out) {
    for (const r of rows) {
      if (!fillsAny(r, ['number', 'issueDate'])) continue;
      if (leftOutByStatus(r, out, NOT_OWED)) continue;
      out.invoices.push(invoiceFromRow(r));
    }
  },
};
