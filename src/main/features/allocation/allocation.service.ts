import type { Books } from '../../db/books';
import {
  type AllocationOut,
  type AllocationResult,
  allocate,
  type InvoiceIn,
  type ReceiptIn,
  type Target,
} from './allocation.engine';

// Allocations are derived data: for a customer they are always exactly what the rules in
// allocation.engine.ts give for that customer's invoices and receipts. Every write that touches a
// customer's money calls reallocate() for that customer inside the same transaction, so a
// back-dated invoice or payment re-settles history the way the rules say, and a re-import that
// changes nothing writes nothing. A bulk import computes the same result before inserting (see
// imports/commit.ts), so its rows are written once, already settled.

/** One customer's rows as stored, with the derived values they carry now. */
export interface Ledger {
  invoices: (InvoiceIn & { open: number; paidOn: string | null })[];
  receipts: (ReceiptIn & { unapplied: number; appliedOn: string | null })[];
}

export const emptyLedger = (): Ledger => ({ invoices: [], receipts: [] });

interface ReceiptRow {
  id: number;
  ref: string;
  date: string;
  amount: number;
  invoice_id: number | null;
  unapplied: number;
  applied_on: string | null;
}

export type LedgerStatements = ReturnType<typeof ledgerStatements>;

export function ledgerStatements(books: Books) {
  return {
    invoices: books.prepare(
      `SELECT id, number, issue_date AS issueDate, due_date AS dueDate, total, open_amount AS open, paid_on AS paidOn
         FROM invoices WHERE customer_id = ?`,
    ),
    payments: books.prepare(
      'SELECT id, ref, date, amount, NULL AS invoice_id, unapplied, applied_on FROM payments WHERE customer_id = ?',
    ),
    creditNotes: books.prepare(
      'SELECT id, number AS ref, date, amount, invoice_id, unapplied, applied_on FROM credit_notes WHERE customer_id = ?',
    ),
    targets: books.prepare(
      `SELECT t.payment_id, t.invoice_id, t.amount FROM payment_targets t
         JOIN payments p ON p.id = t.payment_id
        WHERE p.customer_id = ? ORDER BY t.payment_id, t.position`,
    ),
    allocations: books.prepare(
      'SELECT invoice_id, payment_id, credit_note_id, amount, date FROM allocations WHERE customer_id = ? ORDER BY id',
    ),
    deleteAllocations: books.prepare('DELETE FROM allocations WHERE customer_id = ?'),
    insertAllocation: books.prepare(
      'INSERT INTO allocations (customer_id, invoice_id, payment_id, credit_note_id, amount, date) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    updateInvoice: books.prepare('UPDATE invoices SET open_amount = ?, paid_on = ? WHERE id = ?'),
    updatePayment: books.prepare('UPDATE payments SET unapplied = ?, applied_on = ? WHERE id = ?'),
    updateCreditNote: books.prepare('UPDATE credit_notes SET unapplied = ?, applied_on = ? WHERE id = ?'),
  };
}

export function loadLedger(q: LedgerStatements, customerId: number): Ledger {
  const targets = new Map<number, Target[]>();
  for (const t of q.targets.all(customerId) as {
    payment_id: number;
    invoice_id: number;
    amount: number | null;
  }[]) {
    const list = targets.get(t.payment_id) ?? [];
    list.push({ invoiceId: t.invoice_id, amount: t.amount });
    targets.set(t.payment_id, list);
  }
  const receipt =
    (kind: 'payment' | 'credit_note') =>
    (r: ReceiptRow): Ledger['receipts'][number] => ({
      kind,
      id: r.id,
      ref: r.ref,
      date: r.date,
      amount: r.amount,
      targets:
        kind === 'payment'
          ? (targets.get(r.id) ?? [])
          : r.invoice_id === null
            ? []
            : [{ invoiceId: r.invoice_id, amount: null }],
      unapplied: r.unapplied,
      appliedOn: r.applied_on,
    });
  return {
    invoices: q.invoices.all(customerId) as Ledger['invoices'],
    receipts: [
      ...(q.payments.all(customerId) as ReceiptRow[]).map(receipt('payment')),
      ...(q.creditNotes.all(customerId) as ReceiptRow[]).map(receipt('credit_note')),
    ],
  };
}

/**
 * Stores one customer's allocation result: its allocations (rewritten only when they changed) and
 * the derived values of the stored rows in `ledger` that changed. Rows
 * not yet stored are the caller's to insert with the result's values.
 */
export function storeResult(
  q: LedgerStatements,
  customerId: number,
  ledger: Ledger,
  result: AllocationResult,
): void {
  if (!sameAllocations(q.allocations.all(customerId) as AllocationRow[], result.allocations)) {
    q.deleteAllocations.run(customerId);
    for (const a of result.allocations) {
      const payment = a.kind === 'payment' ? a.receiptId : null;
      const creditNote = a.kind === 'credit_note' ? a.receiptId : null;
      q.insertAllocation.run(customerId, a.invoiceId, payment, creditNote, a.amount, a.date);
    }
  }
  for (const inv of ledger.invoices) {
    const s = result.invoices.get(inv.id)!;
    if (s.open !== inv.open || s.paidOn !== inv.paidOn) q.updateInvoice.run(s.open, s.paidOn, inv.id);
  }
  for (const r of ledger.receipts) {
    const s = result.receipts[r.kind].get(r.id)!;
    if (s.unapplied !== r.unapplied || s.appliedOn !== r.appliedOn) {
      (r.kind === 'payment' ? q.updatePayment : q.updateCreditNote).run(s.unapplied, s.appliedOn, r.id);
    }
  }
}

export interface ReallocateStats {
  customers: number;
}

/** Recomputes the allocations of the given customers (all customers when omitted). */
export function reallocate(books: Books, customerIds?: Iterable<number>): ReallocateStats {
  const ids =
    customerIds === undefined
      ? (books.prepare('SELECT id FROM customers ORDER BY id').pluck().all() as number[])
      : [...new Set(customerIds)];
  const q = ledgerStatements(books);
  books.transaction(() => {
    for (const customerId of ids) {
      const ledger = loadLedger(q, customerId);
      storeResult(q, customerId, ledger, allocate(ledger.invoices, ledger.receipts));
    }
  });
  return { customers: ids.length };
}

interface AllocationRow {
  invoice_id: number;
  payment_id: number | null;
  credit_note_id: number | null;
  amount: number;
  date: string;
}

function sameAllocations(stored: AllocationRow[], computed: AllocationOut[]): boolean {
  if (stored.length !== computed.length) return false;
  for (let i = 0; i < stored.length; i++) {
    const s = stored[i]!;
    const c = computed[i]!;
    const receiptId = c.kind === 'payment' ? s.payment_id : s.credit_note_id;
    if (
      s.invoice_id !== c.invoiceId ||
      receiptId !== c.receiptId ||
      s.amount !== c.amount ||
      s.date !== c.date
    ) {
      return false;
    }
  }
  return true;
}
