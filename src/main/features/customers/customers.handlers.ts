import type { Handlers } from '../../rpc/dispatch';
import { createCustomer, getCustomer, updateCustomer } from './customers.service';

export const customersHandlers = {
  'customers.get': (ctx, { id }) => getCustomer(ctx, id),
  'customers.create': (ctx, input) => createCustomer(ctx, input),
  'customers.update': (ctx, input) => updateCustomer(ctx, input),
} satisfies Partial<Handlers>;
