import type { Handlers } from '../../rpc/dispatch';
import { createCreditNote, recordPayment } from './payments.service';

export const paymentsHandlers = {
  'payments.record': (ctx, input) => recordPayment(ctx, input),
  'creditNotes.create': (ctx, input) => createCreditNote(ctx, input),
} satisfies Partial<Handlers>;
