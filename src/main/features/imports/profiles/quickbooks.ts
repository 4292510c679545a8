import { fillsAny, invoiceFromRow, isTotalRow, pick, withText } from './helpers';
import type { Cell, Profile, RawRecords, RowView } from './types';

// QuickBooks reports as exported to CSV (Online: Reports › export to CSV; Desktop: Excel › CSV).
// Title rows (company, report name, period) sit above the header, a TOTAL row and a timestamp
// footer below. Customers are named, never referenced; Desktop writes "Customer:Job", and the job
// belongs to the customer before the colon.

const customerOf = (r: RowView): Cell | undefined => {
  const name = r.cell('customerName');
  if (name) return withText(name, name.text.split(':')[0]!.trim());
  return r.section ? { text: r.section, column: 'customer heading' } : undefined;
};

const typeOf = (r: RowView) => r.text('type').toLowerCase();

function positive(cell: Cell): Cell {
  return withText(cell, cell.text.replace(/^\((.*)\)$/, '$1').replace(/^-/, '')) ?? cell;
}

export const quickbooksInvoiceList: Profile = {
  id: 'quickbooks.transaction-list',
  tool: 'QuickBooks',
  kind: 'transactions',
  label: 'QuickBooks Online invoice or transaction list',
  columns: {
    issueDate: ['date', 'invoice date', 'transaction date'],
    type: ['transaction type', 'type'],
    number: ['num', 'no.', 'invoice no.', 'number'],
    customerName: ['name', 'customer', 'customer full name'],
    dueDate: ['due date'],
    total: ['amount', 'total amount'],
    balance: ['open balance', 'balance'],
    memo: ['memo/description', 'memo'],
    terms: ['terms'],
  },
  required: ['issueDate', 'type', 'number', 'total'],
  signature: {
    columns: ['transaction type', 'open balance'],
    titles: [/invoice list|transaction list|open invoices|sales by customer/i],
  },
  read(rows, out) {
    for (const r of rows) {
      if (isTotalRow(r) && !r.cell('number')) continue;
      if (!fillsAny(r, ['type'])) continue;
      readTransaction(r, out);
    }
  },
};

function readTransaction(r: RowView, out: RawRecords): void {
  const type = typeOf(r);
  const customer = customerOf(r);
  const date = r.must('issueDate');
  const amount = r.must('total');
  if (type === 'invoice') {
    out.invoices.push(invoiceFromRow(r, { customerName: customer }));
  } else if (type === 'credit memo' || type === 'credit note') {
    out.creditNotes.push({ row: r.n, date, amount, customerName: customer, ...pick(r, ['number']) });
  } else if (type === 'payment') {
    const ref = r.cell('number');
    out.payments.push({
      row: r.n,
      date,
      amount: positive(amount),
      customerName: customer,
      targets: [],
      ...(ref ? { ref } : {}),
    });
  } else {
    out.skipped.push({ row: r.n, reason: type || 'untyped row' });
  }
}

export const quickbooksAgingDetail: Profile = {
  id: 'quickbooks.ar-aging-detail',
  tool: 'QuickBooks',
  kind: 'transactions',
  label: 'QuickBooks Desktop A/R Aging Detail',
  columns: {
    type: ['type'],
    issueDate: ['date'],
    number: ['num'],
    customerName: ['name'],
    terms: ['terms'],
    dueDate: ['due date'],
    aging: ['aging'],
    total: ['open balance'],
  },
  required: ['type', 'issueDate', 'number', 'customerName', 'total'],
  signature: { columns: ['aging', 'p. o. #'], titles: [/a\/r aging detail/i] },
  group: (rows) => [rows],
  read(rows, out) {
    let open = 0;
    for (const r of rows) {
      if (isTotalRow(r) && !r.cell('number')) continue;
      if (!fillsAny(r, ['type'])) continue;
      if (typeOf(r) === 'invoice') open++;
      readTransaction(r, out);
    }
    if (open > 0) {
      out.notes.push(
        'An A/R ageing report lists only what is still open, so each invoice comes in with its open balance as its amount.',
      );
    }
  },
};

/** A journal transaction starts on a row with a date and type; its split lines follow. */
function groupTransactions(rows: RowView[]): RowView[][] {
  const groups: RowView[][] = [];
  for (const r of rows) {
    if (r.cell('issueDate') && r.cell('type')) groups.push([r]);
    else groups.at(-1)?.push(r);
  }
  return groups;
}

const RECEIVABLE = /accounts receivable|\ba\/r\b|debtors|trade receivables/i;

export const quickbooksJournal: Profile = {
  id: 'quickbooks.journal',
  tool: 'QuickBooks',
  kind: 'transactions',
  label: 'QuickBooks journal',
  columns: {
    issueDate: ['date', 'transaction date'],
    type: ['transaction type'],
    number: ['num', 'no.'],
    customerName: ['name'],
    memo: ['memo/description', 'memo'],
    account: ['account', 'account name', 'account full name'],
    debit: ['debit'],
    credit: ['credit'],
  },
  required: ['issueDate', 'type', 'account', 'debit', 'credit'],
  signature: { columns: ['account', 'debit', 'credit'], titles: [/\bjournal\b/i] },
  group: groupTransactions,
  read(group, out) {
    const head = group[0]!;
    const type = typeOf(head);
    if (type !== 'invoice' && type !== 'payment' && type !== 'credit memo') {
      out.skipped.push({ row: head.n, reason: type || 'untyped transaction' });
      return;
    }
    const ar = group.find((r) => RECEIVABLE.test(r.text('account')));
    const date = head.must('issueDate');
    const customerName = customerOf(head);
    if (!ar) {
      out.problems.push({
        row: head.n,
        field: 'Account',
        message: `This ${type} has no Accounts Receivable line.`,
      });
      return;
    }
    const number = head.cell('number');
    if (type === 'invoice') {
      const total = ar.cell('debit') ?? ar.must('credit');
      out.invoices.push({ row: head.n, number: head.must('number'), issueDate: date, total, customerName });
    } else {
      const amount = ar.cell('credit') ?? ar.must('debit');
      if (type === 'payment') {
        out.payments.push({
          row: head.n,
          date,
          amount,
          customerName,
          targets: [],
          ...(number ? { ref: number } : {}),
        });
      } else {
        out.creditNotes.push({ row: head.n, date, amount, customerName, ...(number ? { number } : {}) });
      }
    }
  },
};
