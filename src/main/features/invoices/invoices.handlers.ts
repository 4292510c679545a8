import type { Handlers } from '../../rpc/dispatch';
import { createInvoice } from './invoices.service';

export const invoicesHandlers = {
  'invoices.create': (ctx, input) => createInvoice(ctx, input),
} satisfies Partial<Handlers>;
