import type { z } from 'zod';
import type { PaymentPreview } from '../../../shared/contract/payments';
import { paymentPreviewInput } from '../../../shared/contract/payments';
import type { Ctx } from '../../context';
import { allocate } from '../allocation/allocation.engine';
import { ledgerStatements, loadLedger } from '../allocation/allocation.service';
import { requireCustomer } from '../customers/customers.service';
import { nextReference } from './payments.service';

// Where a payment would go, before it is recorded: the same rules on the customer's books plus the
// payment, in memory. Nothing is written.

const PREVIEW_ID = -1;

export function previewPayment(ctx: Ctx, raw: z.input<typeof paymentPreviewInput>): PaymentPreview {
  const input = paymentPreviewInput.parse(raw);
  const { books } = ctx;
  requireCustomer(ctx, input.customerId);
  const ledger = loadLedger(ledgerStatements(books), input.customerId);
  const known = new Map(ledger.invoices.map((i) => [i.id, i.number]));
  const targets = input.targets.filter((t) => known.has(t.invoiceId));
  const result = allocate(ledger.invoices, [
    ...ledger.receipts,
    {
      kind: 'payment',
      id: PREVIEW_ID,
      // The reference it will get decides ties with other payments of the same day.
      ref: nextReference(ctx, 'payments', 'PAY-'),
      date: input.date,
      amount: input.amount,
      targets: targets.map((t) => ({ invoiceId: t.invoiceId, amount: t.amount })),
    },
  ]);
  const mine = result.allocations.filter((a) => a.kind === 'payment' && a.receiptId === PREVIEW_ID);
  return {
    allocations: mine.map((a) => ({
      invoiceId: a.invoiceId,
      invoiceNumber: known.get(a.invoiceId)!,
      amount: a.amount,
    })),
    unapplied: result.receipts.payment.get(PREVIEW_ID)!.unapplied,
  };
}
