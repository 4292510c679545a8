import type { Channel } from '../shared/contract';
import type { AppInfo } from '../shared/contract/app';
import type { Clock } from '../shared/dates';
import { ageingHandlers } from './features/ageing/ageing.handlers';
import { batchHandlers } from './features/batch/batch.handlers';
import { behaviourHandlers } from './features/behaviour/behaviour.handlers';
import { customersHandlers } from './features/customers/customers.handlers';
import { dashboardHandlers } from './features/dashboard/dashboard.handlers';
import { deliveryHandlers } from './features/delivery/delivery.handlers';
import { documentsHandlers } from './features/documents/documents.handlers';
import { invoicesHandlers } from './features/invoices/invoices.handlers';
import { outboxHandlers } from './features/outbox/outbox.handlers';
import { paymentsHandlers } from './features/payments/payments.handlers';
import { reportsHandlers } from './features/reports/reports.handlers';
import { settingsHandlers } from './features/settings/settings.handlers';
import { templatesHandlers } from './features/templates/templates.handlers';
import { JobRunner } from './jobs/job-runner';
import { createDispatcher, type Route, type Routes } from './rpc/dispatch';
import { BooksSession } from './session/books-session';
import { createEventHub, type EventHub } from './session/event-hub';
import type { Host } from './session/host';
import { sessionHandlers } from './session/session.handlers';

export interface AppOptions {
  /** Duly's folder in the user's data: recent books, the default books folder. */
  userDataDir: string;
  clock: Clock;
  version?: string;
  transport?: AppInfo['transport'];
  host?: Host;
  /** The built job-worker.js; omitted (tests): long jobs run on this thread. */
  workerFile?: string;
}

/**
 * The one composition root: Electron, browser mode and the tests all build Duly with this; only the
 * transport in front of dispatch() and the host (native dialogs or none) differ.
 */
export function createApp(options: AppOptions) {
  const events: EventHub = createEventHub();
  const session = new BooksSession({ userDataDir: options.userDataDir, clock: options.clock, events });
  const jobs = new JobRunner({
    clock: options.clock,
    events,
    ...(options.workerFile ? { workerFile: options.workerFile } : {}),
  });
  const free = sessionHandlers({
    session,
    jobs,
    host: options.host ?? {},
    clock: options.clock,
    version: options.version ?? '0.0.0',
    transport: options.transport ?? 'electron',
  });
  const books = {
    ...settingsHandlers,
    ...customersHandlers,
    ...invoicesHandlers,
    ...paymentsHandlers,
    ...ageingHandlers,
    ...dashboardHandlers,
    ...behaviourHandlers,
    ...reportsHandlers,
    ...documentsHandlers,
    ...deliveryHandlers,
    ...outboxHandlers({ host: options.host ?? {} }),
    ...templatesHandlers,
    ...batchHandlers({ jobs, session, host: options.host ?? {} }),
  };
  const routes = {} as Routes;
  for (const [name, run] of Object.entries(books))
    routes[name as Channel] = { needsBooks: true, run } as Route;
  for (const [name, run] of Object.entries(free))
    routes[name as Channel] = { needsBooks: false, run } as Route;
  // Every channel of the contract has exactly one handler: the type check fails otherwise.
  const complete: Record<Channel, unknown> = { ...books, ...free };
  void complete;

  return {
    session,
    jobs,
    events,
    dispatch: createDispatcher(routes, () => session.ctx()),
    /** The open books' context, for the command line and tests. */
    ctx: () => session.ctx(),
    close: () => session.close(),
  };
}

export type App = ReturnType<typeof createApp>;
