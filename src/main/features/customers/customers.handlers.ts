import type { Handlers } from '../../rpc/dispatch';
import { listCustomers } from './customer-list';
import { customerPage } from './customer-page';
import { createCustomer, getCustomer, updateCustomer } from './customers.service';

export const customersHandlers = {
  'customers.list': (ctx, input) => listCustomers(ctx, input),
  'customers.page': (ctx, { id }) => customerPage(ctx, id),
  'customers.get': (ctx, { id }) => getCustomer(ctx, id),
  'customers.create': (ctx, input) => createCustomer(ctx, input),
  'customers.update': (ctx, input) => updateCustomer(ctx, input),
} satisfies Partial<Handlers>;
