import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { allocate, type InvoiceIn, type ReceiptIn } from './allocation.engine';

const inv = (id: number, number: string, issueDate: string, dueDate: string, total: number): InvoiceIn => ({
  id,
  number,
  issueDate,
  dueDate,
  total,
});
const pay = (
  id: number,
  ref: string,
  date: string,
  amount: number,
  invoiceId: number | null = null,
): ReceiptIn => ({
  kind: 'payment',
  id,
  ref,
  date,
  amount,
  targets: invoiceId === null ? [] : [{ invoiceId, amount: null }],
});
const credit = (
  id: number,
  ref: string,
  date: string,
  amount: number,
  invoiceId: number | null = null,
): ReceiptIn => ({
  kind: 'credit_note',
  id,
  ref,
  date,
  amount,
  targets: invoiceId === null ? [] : [{ invoiceId, amount: null }],
});

const A = inv(1, 'INV-1', '2026-01-01', '2026-01-31', 10000);
const B = inv(2, 'INV-2', '2026-01-10', '2026-02-09', 20000);
const C = inv(3, 'INV-3', '2026-03-01', '2026-03-31', 5000);

describe('allocation rules, hand-worked', () => {
  it('applies a payment that names no invoice to the earliest due invoice first', () => {
    const r = allocate([B, A], [pay(1, 'P1', '2026-02-15', 15000)]);
    expect(r.allocations).toEqual([
      { invoiceId: 1, kind: 'payment', receiptId: 1, amount: 10000, date: '2026-02-15' },
      { invoiceId: 2, kind: 'payment', receiptId: 1, amount: 5000, date: '2026-02-15' },
    ]);
    expect(r.invoices.get(1)).toEqual({ open: 0, paidOn: '2026-02-15' });
    expect(r.invoices.get(2)).toEqual({ open: 15000, paidOn: null });
    expect(r.receipts.payment.get(1)).toEqual({ unapplied: 0, appliedOn: '2026-02-15' });
  });

  it('applies a payment that names an invoice to that invoice, even when another is older', () => {
    const r = allocate([A, B], [pay(1, 'P1', '2026-02-15', 12000, 2)]);
    expect(r.allocations).toEqual([
      { invoiceId: 2, kind: 'payment', receiptId: 1, amount: 12000, date: '2026-02-15' },
    ]);
    expect(r.invoices.get(1)?.open).toBe(10000);
    expect(r.invoices.get(2)?.open).toBe(8000);
  });

  it('keeps what a named payment has left over as unapplied credit, not spread to other invoices', () => {
    const r = allocate([A, B], [pay(1, 'P1', '2026-02-15', 25000, 1)]);
    expect(r.allocations).toEqual([
      { invoiceId: 1, kind: 'payment', receiptId: 1, amount: 10000, date: '2026-02-15' },
    ]);
    expect(r.invoices.get(2)?.open).toBe(20000);
    expect(r.receipts.payment.get(1)).toEqual({ unapplied: 15000, appliedOn: null });
  });

  it('applies a payment that names several invoices in the order named, up to the amounts named', () => {
    const payment: ReceiptIn = {
      ...pay(1, 'P1', '2026-02-15', 23000),
      targets: [
        { invoiceId: 2, amount: 5000 },
        { invoiceId: 1, amount: null },
      ],
    };
    const r = allocate([A, B], [payment]);
    expect(r.allocations.map((a) => [a.invoiceId, a.amount])).toEqual([
      [2, 5000],
      [1, 10000],
    ]);
    expect(r.receipts.payment.get(1)).toEqual({ unapplied: 8000, appliedOn: null });
    expect(r.invoices.get(2)?.open).toBe(15000);
  });

  it('never applies a payment to an invoice issued after the payment date', () => {
    const r = allocate([A, B, C], [pay(1, 'P1', '2026-02-20', 40000)]);
    expect(r.allocations.map((a) => [a.invoiceId, a.amount])).toEqual([
      [1, 10000],
      [2, 20000],
    ]);
    expect(r.invoices.get(3)).toEqual({ open: 5000, paidOn: null });
    expect(r.receipts.payment.get(1)?.unapplied).toBe(10000);
  });

  it('applies payments in date order, then by reference as people read it (P-9 before P-10)', () => {
    const r = allocate([A, B], [pay(1, 'P-10', '2026-02-01', 6000), pay(2, 'P-9', '2026-02-01', 6000)]);
    expect(r.allocations.map((a) => [a.receiptId, a.invoiceId, a.amount])).toEqual([
      [2, 1, 6000],
      [1, 1, 4000],
      [1, 2, 2000],
    ]);
  });

  it('applies an earlier-dated payment first whatever order they arrive in', () => {
    const r = allocate([A, B], [pay(1, 'P1', '2026-03-01', 5000), pay(2, 'P2', '2026-02-01', 12000)]);
    expect(r.allocations.map((a) => [a.receiptId, a.invoiceId, a.amount])).toEqual([
      [2, 1, 10000],
      [2, 2, 2000],
      [1, 2, 5000],
    ]);
  });

  it('breaks due-date ties by invoice number as people read it (INV-9 before INV-10)', () => {
    const i10 = inv(10, 'INV-10', '2026-01-01', '2026-01-31', 1000);
    const i9 = inv(9, 'INV-9', '2026-01-01', '2026-01-31', 1000);
    const r = allocate([i10, i9], [pay(1, 'P1', '2026-02-01', 1500)]);
    expect(r.allocations.map((a) => [a.invoiceId, a.amount])).toEqual([
      [9, 1000],
      [10, 500],
    ]);
  });

  it('picks the earliest due invoice among those issued, even if issued later', () => {
    const early = inv(1, 'INV-1', '2026-01-01', '2026-03-01', 1000);
    const shortTerms = inv(2, 'INV-2', '2026-01-15', '2026-01-20', 1000);
    const r = allocate(
      [early, shortTerms],
      [pay(1, 'P1', '2026-01-10', 500), pay(2, 'P2', '2026-01-25', 1000)],
    );
    expect(r.allocations.map((a) => [a.receiptId, a.invoiceId, a.amount])).toEqual([
      [1, 1, 500],
      [2, 2, 1000],
    ]);
  });

  it('treats credit notes like payments, interleaved by date', () => {
    const r = allocate(
      [A, B],
      [
        pay(1, 'P1', '2026-02-20', 10000),
        credit(1, 'CN-1', '2026-02-10', 3000, 2),
        credit(2, 'CN-2', '2026-02-12', 2000),
      ],
    );
    expect(r.allocations.map((a) => [a.kind, a.receiptId, a.invoiceId, a.amount])).toEqual([
      ['credit_note', 1, 2, 3000],
      ['credit_note', 2, 1, 2000],
      ['payment', 1, 1, 8000],
      ['payment', 1, 2, 2000],
    ]);
    expect(r.invoices.get(2)?.open).toBe(15000);
  });

  it('puts a payment before a credit note with the same date and reference', () => {
    const r = allocate([A], [credit(1, 'X1', '2026-02-01', 8000), pay(1, 'X1', '2026-02-01', 8000)]);
    expect(r.allocations.map((a) => [a.kind, a.amount])).toEqual([
      ['payment', 8000],
      ['credit_note', 2000],
    ]);
  });

  it('dates a named payment made before its invoice existed at the invoice date', () => {
    const r = allocate([C], [pay(1, 'DEPOSIT', '2026-02-01', 5000, 3)]);
    expect(r.allocations[0]?.date).toBe('2026-03-01');
    expect(r.invoices.get(3)).toEqual({ open: 0, paidOn: '2026-03-01' });
    expect(r.receipts.payment.get(1)?.appliedOn).toBe('2026-03-01');
  });

  it('treats a zero invoice as paid on the day it was issued', () => {
    const zero = inv(5, 'INV-0', '2026-01-05', '2026-02-04', 0);
    const r = allocate([zero], [pay(1, 'P1', '2026-01-06', 100)]);
    expect(r.invoices.get(5)).toEqual({ open: 0, paidOn: '2026-01-05' });
    expect(r.allocations).toEqual([]);
    expect(r.receipts.payment.get(1)?.unapplied).toBe(100);
  });

  it('refuses a receipt naming an invoice of another customer', () => {
    expect(() => allocate([A], [pay(1, 'P1', '2026-02-01', 100, 99)])).toThrow(/not this customer/);
  });
});

describe('allocation invariants on random books', () => {
  // A small deterministic generator, so a failure reproduces.
  function rng(seed: number) {
    let s = seed >>> 0;
    return () => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }

  it('conserves every cent and respects the dates, for 200 random customers', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rand = rng(seed);
      const int = (n: number) => Math.floor(rand() * n);
      const invoices: InvoiceIn[] = [];
      const receipts: ReceiptIn[] = [];
      for (let i = 0; i < 1 + int(15); i++) {
        const issue = addDays('2025-01-01', int(300));
        invoices.push(
          inv(
            i + 1,
            `INV-${int(20)}-${i}`,
            issue,
            addDays(issue, int(60)),
            int(3) === 0 ? 0 : 1 + int(50000),
          ),
        );
      }
      for (let p = 0; p < int(15); p++) {
        const named = int(3) === 0 ? invoices[int(invoices.length)]!.id : null;
        const make = int(4) === 0 ? credit : pay;
        receipts.push(make(p + 1, `R-${int(10)}`, addDays('2025-01-01', int(360)), 1 + int(40000), named));
      }
      const r = allocate(invoices, receipts);
      for (const i of invoices) {
        const applied = r.allocations.filter((a) => a.invoiceId === i.id).reduce((s, a) => s + a.amount, 0);
        const state = r.invoices.get(i.id)!;
        expect(state.open).toBe(i.total - applied);
        expect(state.open).toBeGreaterThanOrEqual(0);
        expect(state.paidOn === null).toBe(state.open > 0);
      }
      for (const rc of receipts) {
        const mine = r.allocations.filter((a) => a.kind === rc.kind && a.receiptId === rc.id);
        const state = r.receipts[rc.kind].get(rc.id)!;
        expect(mine.reduce((s, a) => s + a.amount, 0) + state.unapplied).toBe(rc.amount);
        for (const a of mine) {
          const target = invoices.find((i) => i.id === a.invoiceId)!;
          expect(a.date >= rc.date && a.date >= target.issueDate).toBe(true);
          if (rc.targets.length === 0) expect(target.issueDate <= rc.date).toBe(true);
          else expect(rc.targets.map((t) => t.invoiceId)).toContain(a.invoiceId);
        }
      }
    }
  });
});
