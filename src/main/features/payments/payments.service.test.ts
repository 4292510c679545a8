import { beforeEach, describe, expect, it } from 'vitest';
import { DulyError } from '../../../shared/errors';
import type { Ctx } from '../../context';
import { aCustomer, anInvoice, aPayment } from '../../testing/builders';
import { createTestCtx } from '../../testing/test-app';
import { getInvoice } from '../invoices/invoices.service';
import { createCreditNote, getPayment, nextReference, recordPayment } from './payments.service';

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
});

describe('recording payments by hand', () => {
  it('numbers payments after the highest in use, however padded', () => {
    const c = aCustomer(ctx);
    expect(nextReference(ctx, 'payments', 'PAY-')).toBe('PAY-000001');
    aPayment(ctx, c, 'PAY-0007', '2026-01-01', 100);
    aPayment(ctx, c, 'PAY-000003', '2026-01-01', 100);
    aPayment(ctx, c, 'PAY-12b', '2026-01-01', 100);
    expect(nextReference(ctx, 'payments', 'PAY-')).toBe('PAY-000008');
    const p = recordPayment(ctx, { customerId: c.id, date: '2026-01-02', amount: 500 });
    expect(p.ref).toBe('PAY-000008');
    expect(recordPayment(ctx, { customerId: c.id, date: '2026-01-02', amount: 500 }).ref).toBe('PAY-000009');
  });

  it('applies a payment to the invoices chosen, in order, up to the amounts given, and shows where it went', () => {
    const c = aCustomer(ctx);
    const a = anInvoice(ctx, c, 'A', '2026-01-01', '2026-01-31', 10000);
    const b = anInvoice(ctx, c, 'B', '2026-01-05', '2026-02-04', 8000);
    const p = recordPayment(ctx, {
      customerId: c.id,
      date: '2026-02-10',
      amount: 15000,
      targets: [{ invoiceId: b.id }, { invoiceId: a.id, amount: 5000 }],
    });
    expect(p.allocations).toEqual([
      { invoiceId: b.id, invoiceNumber: 'B', amount: 8000, date: '2026-02-10' },
      { invoiceId: a.id, invoiceNumber: 'A', amount: 5000, date: '2026-02-10' },
    ]);
    expect(p.unapplied).toBe(2000);
    expect(p.targets.map((t) => t.invoiceNumber)).toEqual(['B', 'A']);
    expect(getInvoice(ctx, a.id).open).toBe(5000);
    expect(getInvoice(ctx, b.id)).toMatchObject({ open: 0, paidOn: '2026-02-10' });
  });

  it('re-settles history when an earlier invoice is added after a payment', () => {
    const c = aCustomer(ctx);
    const later = anInvoice(ctx, c, 'L', '2026-03-01', '2026-03-31', 5000);
    const p = aPayment(ctx, c, 'P1', '2026-04-01', 5000);
    expect(getPayment(ctx, p.id).allocations[0]?.invoiceNumber).toBe('L');
    const earlier = anInvoice(ctx, c, 'E', '2026-01-01', '2026-01-31', 5000);
    expect(getPayment(ctx, p.id).allocations.map((a) => a.invoiceNumber)).toEqual(['E']);
    expect(getInvoice(ctx, earlier.id).open).toBe(0);
    expect(getInvoice(ctx, later.id).open).toBe(5000);
  });

  it('refuses what cannot be right, naming the field', () => {
    const c = aCustomer(ctx);
    const other = aCustomer(ctx);
    const theirs = anInvoice(ctx, other, 'T', '2026-01-01', '2026-01-31', 100);
    const field = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as DulyError).field;
      }
      return 'accepted';
    };
    expect(
      field(() =>
        recordPayment(ctx, {
          customerId: c.id,
          date: '2026-01-02',
          amount: 5,
          targets: [{ invoiceId: theirs.id }],
        }),
      ),
    ).toBe('targets.0.invoiceId');
    expect(field(() => recordPayment(ctx, { customerId: 999, date: '2026-01-02', amount: 5 }))).toBe(
      'customerId',
    );
    aPayment(ctx, c, 'DUP', '2026-01-01', 5);
    expect(field(() => aPayment(ctx, c, 'DUP', '2026-01-01', 5))).toBe('ref');
    expect(
      field(() =>
        createCreditNote(ctx, { customerId: c.id, date: '2026-01-02', amount: 5, invoiceId: theirs.id }),
      ),
    ).toBe('invoiceId');
    expect(() => recordPayment(ctx, { customerId: c.id, date: '2026-02-30', amount: 5 })).toThrow();
    expect(() => recordPayment(ctx, { customerId: c.id, date: '2026-01-02', amount: 0 })).toThrow();
    expect(() => recordPayment(ctx, { customerId: c.id, date: '2026-01-02', amount: 1.5 })).toThrow();
    expect(DulyError).toBeDefined();
  });
});
