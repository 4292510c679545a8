import { type IsoDate, maxDate } from '../../../shared/dates';
import type { Minor } from '../../../shared/money';
import { naturalCompare } from '../../../shared/natural-compare';

// The allocation rules, as a pure function of one customer's invoices and receipts. Everything
// else (balances, ageing on any date, statements, reminders) reads what this produces, so it is
// small, deterministic and tested against hand-worked cases:
//   - a receipt (payment or credit note) that names invoices is applied to them in the order
//     named, each up to its open balance (and up to the amount named for it, if any); the rest
//     stays with the customer as unapplied credit;
//   - a receipt that names none is applied to the customer's invoices issued on or before its
//     date, earliest due date first (ties: invoice number);
//   - receipts are applied in date order (ties: reference; a payment before a credit note with the
//     same reference); what is left is unapplied credit, shown and never lost.
// Because receipts are processed in date order and only ever reach invoices that exist on their
// date, the allocations as of any past date are exactly what the rules would have given then.

export type ReceiptKind = 'payment' | 'credit_note';

export interface InvoiceIn {
  id: number;
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  total: Minor;
}

export interface Target {
  invoiceId: number;
  /** At most this much to that invoice; null: up to its open balance. */
  amount: Minor | null;
}

export interface ReceiptIn {
  kind: ReceiptKind;
  id: number;
  ref: string;
  date: IsoDate;
  amount: Minor;
  /** The invoices the payer named, in order (all the same customer's); empty: none named. */
  targets: readonly Target[];
}

export interface AllocationOut {
  invoiceId: number;
  kind: ReceiptKind;
  receiptId: number;
  amount: Minor;
  /** When it takes effect: the later of the receipt's date and the invoice's issue date. */
  date: IsoDate;
}

export interface InvoiceState {
  open: Minor;
  paidOn: IsoDate | null;
}

export interface ReceiptState {
  unapplied: Minor;
  appliedOn: IsoDate | null;
}

export interface AllocationResult {
  allocations: AllocationOut[];
  invoices: Map<number, InvoiceState>;
  /** Each kind by id (numbers, not "kind:id" strings: an import looks up 200,000 of them). */
  receipts: Record<ReceiptKind, Map<number, ReceiptState>>;
}

export function compareReceipts(a: ReceiptIn, b: ReceiptIn): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const byRef = naturalCompare(a.ref, b.ref);
  if (byRef !== 0) return byRef;
  if (a.kind !== b.kind) return a.kind === 'payment' ? -1 : 1;
  return a.id - b.id;
}

function compareDue(a: InvoiceIn, b: InvoiceIn): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  const byNumber = naturalCompare(a.number, b.number);
  return byNumber !== 0 ? byNumber : a.id - b.id;
}

export function allocate(invoices: readonly InvoiceIn[], receipts: readonly ReceiptIn[]): AllocationResult {
  const state = new Map<number, InvoiceState>();
  const byId = new Map<number, InvoiceIn>();
  for (const inv of invoices) {
    byId.set(inv.id, inv);
    state.set(inv.id, { open: inv.total, paidOn: inv.total === 0 ? inv.issueDate : null });
  }
  const byIssue = [...invoices].sort((a, b) =>
    a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0,
  );
  const queue = new Heap<InvoiceIn>(compareDue);
  let nextIssued = 0;
  const allocations: AllocationOut[] = [];
  const receiptStates: AllocationResult['receipts'] = { payment: new Map(), credit_note: new Map() };

  const apply = (r: ReceiptIn, inv: InvoiceIn, amount: Minor): IsoDate => {
    const s = state.get(inv.id)!;
    const date = maxDate(r.date, inv.issueDate);
    s.open -= amount;
    if (s.open === 0) s.paidOn = date;
    allocations.push({ invoiceId: inv.id, kind: r.kind, receiptId: r.id, amount, date });
    return date;
  };

  for (const r of [...receipts].sort(compareReceipts)) {
    while (nextIssued < byIssue.length && byIssue[nextIssued]!.issueDate <= r.date) {
      const inv = byIssue[nextIssued++]!;
      if (inv.total > 0) queue.push(inv);
    }
    let left = r.amount;
    let lastDate: IsoDate = r.date;
    if (r.targets.length > 0) {
      for (const target of r.targets) {
        const inv = byId.get(target.invoiceId);
        if (!inv) {
          throw new Error(`Receipt ${r.ref} names invoice ${target.invoiceId}, which is not this customer's`);
        }
        const amount = Math.min(left, state.get(inv.id)!.open, target.amount ?? Number.POSITIVE_INFINITY);
        if (amount > 0) {
          lastDate = maxDate(lastDate, apply(r, inv, amount));
          left -= amount;
        }
      }
    } else {
      while (left > 0) {
        const top = queue.peek();
        if (!top) break;
        const open = state.get(top.id)!.open;
        if (open === 0) {
          queue.pop();
          continue;
        }
        const amount = Math.min(left, open);
        lastDate = apply(r, top, amount);
        left -= amount;
      }
    }
    receiptStates[r.kind].set(r.id, { unapplied: left, appliedOn: left === 0 ? lastDate : null });
  }
  return { allocations, invoices: state, receipts: receiptStates };
}

/** A binary min-heap: open invoices by due date, so each receipt finds the next one in log time. */
class Heap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.less(a[i]!, a[parent]!) >= 0) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
