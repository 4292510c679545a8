import type { Books } from '../../db/books';
import {
  type AllocationOut,
  allocate,
  type InvoiceIn,
  type ReceiptIn,
  type ReceiptKind,
  receiptKey,
  type Target,
} from './allocation.engine';

// Allocations are derived data: for a customer they are always exactly what the rules in
// allocation.engine.ts give for that customer's invoices and receipts. Every write that touches a
// customer's money calls reallocate() for that customer inside the same transaction, so a
// back-dated invoice or payment re-settles history the way the rules say, and a re-import that
// changes nothing writes nothing.

interface InvoiceRow {
  id: number;
  number: string;
  issue_date: string;
  due_date: string;
  total: number;
  open_amount: number;
  paid_on: string | null;
}

interface ReceiptRow {
  id: number;
  ref: string;
  date: string;
  amount: number;
  /** Credit notes name at most one invoice; payments name theirs in payment_targets. */
  invoice_id: number | null;
  unapplied: number;
  applied_on: string | null;
}

interface TargetRow {
  payment_id: number;
  invoice_id: number;
  amount: number | null;
}

interface AllocationRow {
  invoice_id: number;
  payment_id: number | null;
  credit_note_id: number | null;
  amount: number;
  date: string;
}

export interface ReallocateStats {
  customers: number;
  allocations: number;
}

/** Recomputes the allocations of the given customers (all customers when omitted). */
export function reallocate(books: Books, customerIds?: Iterable<number>): ReallocateStats {
  const ids =
    customerIds === undefined
      ? (books.prepare('SELECT id FROM customers ORDER BY id').pluck().all() as number[])
      : [...new Set(customerIds)];
  const q = statements(books);
  let allocationCount = 0;
  books.transaction(() => {
    for (const customerId of ids) {
      allocationCount += reallocateOne(q, customerId);
    }
  });
  return { customers: ids.length, allocations: allocationCount };
}

function statements(books: Books) {
  return {
    invoices: books.prepare(
      'SELECT id, number, issue_date, due_date, total, open_amount, paid_on FROM invoices WHERE customer_id = ?',
    ),
    payments: books.prepare(
      'SELECT id, ref, date, amount, NULL AS invoice_id, unapplied, applied_on FROM payments WHERE customer_id = ?',
    ),
    targets: books.prepare(
      `SELECT t.payment_id, t.invoice_id, t.amount FROM payment_targets t
         JOIN payments p ON p.id = t.payment_id
        WHERE p.customer_id = ? ORDER BY t.payment_id, t.position`,
    ),
    creditNotes: books.prepare(
      'SELECT id, number AS ref, date, amount, invoice_id, unapplied, applied_on FROM credit_notes WHERE customer_id = ?',
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

type Statements = ReturnType<typeof statements>;

function reallocateOne(q: Statements, customerId: number): number {
  const invoiceRows = q.invoices.all(customerId) as InvoiceRow[];
  const paymentRows = q.payments.all(customerId) as ReceiptRow[];
  const creditRows = q.creditNotes.all(customerId) as ReceiptRow[];
  const invoices: InvoiceIn[] = invoiceRows.map((r) => ({
    id: r.id,
    number: r.number,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    total: r.total,
  }));
  const targets = new Map<number, Target[]>();
  for (const t of q.targets.all(customerId) as TargetRow[]) {
    const list = targets.get(t.payment_id) ?? [];
    list.push({ invoiceId: t.invoice_id, amount: t.amount });
    targets.set(t.payment_id, list);
  }
  const toReceipt =
    (kind: ReceiptKind) =>
    (r: ReceiptRow): ReceiptIn => ({
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
    });
  const receipts = [...paymentRows.map(toReceipt('payment')), ...creditRows.map(toReceipt('credit_note'))];
  const result = allocate(invoices, receipts);

  if (!sameAllocations(q.allocations.all(customerId) as AllocationRow[], result.allocations)) {
    q.deleteAllocations.run(customerId);
    for (const a of result.allocations) {
      q.insertAllocation.run(
        customerId,
        a.invoiceId,
        a.kind === 'payment' ? a.receiptId : null,
        a.kind === 'credit_note' ? a.receiptId : null,
        a.amount,
        a.date,
      );
    }
  }
  for (const r of invoiceRows) {
    const s = result.invoices.get(r.id)!;
    if (s.open !== r.open_amount || s.paidOn !== r.paid_on) q.updateInvoice.run(s.open, s.paidOn, r.id);
  }
  const updateReceipts = (rows: ReceiptRow[], kind: ReceiptKind, update: typeof q.updatePayment) => {
    for (const r of rows) {
      const s = result.receipts.get(receiptKey(kind, r.id))!;
      if (s.unapplied !== r.unapplied || s.appliedOn !== r.applied_on)
        update.run(s.unapplied, s.appliedOn, r.id);
    }
  };
  updateReceipts(paymentRows, 'payment', q.updatePayment);
  updateReceipts(creditRows, 'credit_note', q.updateCreditNote);
  return result.allocations.length;
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
