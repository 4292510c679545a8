import type { AppInfo } from '../shared/contract/app';
import type { Clock } from '../shared/dates';
import type { Ctx } from './context';
import type { Books } from './db/books';
import { LATEST_SCHEMA } from './db/migrator';
import { ageingHandlers } from './features/ageing/ageing.handlers';
import { customersHandlers } from './features/customers/customers.handlers';
import { invoicesHandlers } from './features/invoices/invoices.handlers';
import { paymentsHandlers } from './features/payments/payments.handlers';
import { settingsHandlers } from './features/settings/settings.handlers';
import { createDispatcher, type Handlers } from './rpc/dispatch';

export interface AppOptions {
  books: Books;
  clock: Clock;
  version?: string;
  transport?: AppInfo['transport'];
}

/**
 * The one composition root: Electron, browser mode, the command line and the tests all build
 * Duly with this; only the transport in front of dispatch() differs.
 */
export function createApp(options: AppOptions) {
  const ctx: Ctx = { books: options.books, clock: options.clock };
  const handlers: Handlers = {
    'app.info': () => ({
      version: options.version ?? '0.0.0',
      booksPath: ctx.books.path,
      schemaVersion: LATEST_SCHEMA,
      transport: options.transport ?? 'electron',
    }),
    ...settingsHandlers,
    ...customersHandlers,
    ...invoicesHandlers,
    ...paymentsHandlers,
    ...ageingHandlers,
  };
  return {
    ctx,
    handlers,
    dispatch: createDispatcher(() => ctx, handlers),
    close: () => ctx.books.close(),
  };
}

export type App = ReturnType<typeof createApp>;
