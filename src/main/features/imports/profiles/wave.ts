import { pick } from './helpers';
import type { Profile, RowView } from './types';

// Wave's transactions export (Accounting › Transactions › Export): every line of every
// transaction, grouped by Transaction ID. Invoices and their payments are the lines on the
// Accounts Receivable account: a debit is an invoice, a credit a payment against the invoice named.

const RECEIVABLE = /accounts receivable|system receivable/i;

function groupById(rows: RowView[]): RowView[][] {
  const groups = new Map<string, RowView[]>();
  for (const r of rows) {
    const id = r.text('transactionId') || `row ${r.n}`;
    const group = groups.get(id) ?? [];
    group.push(r);
    groups.set(id, group);
  }
  return [...groups.values()];
}

export const waveTransactions: Profile = {
  id: 'wave.transactions',
  tool: 'Wave',
  kind: 'transactions',
  label: 'Wave transactions export',
  columns: {
    transactionId: ['transaction id'],
    issueDate: ['transaction date'],
    account: ['account name'],
    accountType: ['account type'],
    description: ['transaction description'],
    debit: ['debit amount (two column approach)'],
    credit: ['credit amount (two column approach)'],
    customerName: ['customer'],
    number: ['invoice number'],
  },
  required: ['transactionId', 'issueDate', 'account', 'debit', 'credit', 'customerName', 'number'],
  signature: { columns: ['amount (one column)', 'other accounts for this transaction'] },
  group: groupById,
  read(group, out) {
    const ar = group.find(
      (r) => RECEIVABLE.test(r.text('account')) || RECEIVABLE.test(r.text('accountType')),
    );
    if (!ar) {
      out.skipped.push({ row: group[0]!.n, reason: 'transaction not on Accounts Receivable' });
      return;
    }
    const debit = ar.cell('debit');
    const credit = ar.cell('credit');
    if (debit) {
      out.invoices.push({
        row: ar.n,
        number: ar.must('number'),
        issueDate: ar.must('issueDate'),
        total: debit,
        ...pick(ar, ['customerName']),
      });
    } else if (credit) {
      const invoice = ar.cell('number');
      out.payments.push({
        row: ar.n,
        ref: ar.must('transactionId'),
        date: ar.must('issueDate'),
        amount: credit,
        targets: invoice ? [{ invoiceNumber: invoice }] : [],
        ...pick(ar, ['customerName']),
      });
    }
  },
};
