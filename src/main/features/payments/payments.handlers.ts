import type { Handlers } from '../../rpc/dispatch';
import { previewPayment } from './payment-preview';
import { createCreditNote, recordPayment } from './payments.service';

export const paymentsHandlers = {
  'payments.preview': (ctx, input) => previewPayment(ctx, input),
  'payments.record': (ctx, input) => recordPayment(ctx, input),
  'creditNotes.create': (ctx, input) => createCreditNote(ctx, input),
} satisfies Partial<Handlers>;
