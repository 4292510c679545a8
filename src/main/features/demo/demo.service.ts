import type { IsoDate } from '../../../shared/dates';
import { DulyError } from '../../../shared/errors';
import { type Ctx, stamp } from '../../context';
import { LEDGER_TABLES, withBigPageCache, withCheckpointLater, withIndexesRebuilt } from '../../db/bulk';
import { reallocate } from '../allocation/allocation.service';
import { updateSettings } from '../settings/settings.service';
import { type ProgressListener, progressReporter, writeShop } from './demo-writer';
import { SHOP } from './places';
import { planShop } from './shop-plan';
import { DEFAULT_TERMS, type DemoSize, SIZES } from './shop-profile';

// A believable shop to try Duly on, and books big enough to measure it with: years of invoices
// from customers who pay promptly, late, later and later, or not at all. The same seed and the
// same "today" always give the same books.

export type { DemoProgress } from './demo-writer';
export type { DemoSize } from './shop-profile';

export interface DemoOptions {
  size: DemoSize;
  /** Any whole number; the same seed gives the same shop. */
  seed?: number;
  onProgress?: ProgressListener;
  /** Asked between chunks of rows: true stops, and nothing is kept (one transaction). */
  shouldStop?: () => boolean;
}

export interface DemoSummary {
  customers: number;
  invoices: number;
  payments: number;
  creditNotes: number;
  /** Sum of all invoice totals, minor units. */
  totalInvoiced: number;
  /** What is still open on the invoices today, minor units. */
  openNow: number;
  /** Issue date of the first invoice. */
  from: IsoDate;
  /** Today: the history runs up to it. */
  to: IsoDate;
}

export const DEFAULT_DEMO_SEED = 20_261_123;
const CURRENCY = 'GBP';

export function createDemoShop(ctx: Ctx, options: DemoOptions): DemoSummary {
  const { books } = ctx;
  if (!Object.hasOwn(SIZES, options.size)) {
    throw new DulyError('validation', 'Choose a small or a large demo shop.', { field: 'size' });
  }
  const spec = SIZES[options.size];
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isSafeInteger(seed)) {
    throw new DulyError('validation', 'The seed must be a whole number.', { field: 'seed' });
  }
  const today = ctx.clock.today();
  // Progress is reported between chunks of rows: the moment to notice a cancel.
  const listener: ProgressListener = (p) => {
    if (options.shouldStop?.())
      throw new DulyError('cancelled', 'The demo shop was cancelled; nothing was kept.');
    options.onProgress?.(p);
  };

  // One transaction: a demo is created whole or not at all, and nothing can be added meanwhile.
  return withCheckpointLater(books, () =>
    withBigPageCache(books, () =>
      books.transaction(() => {
        const has = (table: 'customers' | 'invoices') =>
          books.prepare(`SELECT EXISTS (SELECT 1 FROM ${table})`).pluck().get() === 1;
        if (has('customers') || has('invoices')) {
          throw new DulyError(
            'conflict',
            'These books already have customers or invoices; a demo shop can only be created in empty books.',
          );
        }
        const plan = planShop(spec, seed, today);
        updateSettings(ctx, {
          ...SHOP,
          currency: CURRENCY,
          locale: 'en-GB',
          dateFormat: 'DD/MM/YYYY',
          defaultPaymentTermsDays: DEFAULT_TERMS,
        });
        // Indexes are rebuilt once the rows are in (faster than growing them row by row), and before
        // the allocation, which reads each customer's rows through them.
        withIndexesRebuilt(books, LEDGER_TABLES, () =>
          writeShop(books, plan, CURRENCY, stamp(ctx), listener),
        );

        const customers = plan.customers.length;
        const report = progressReporter(options.onProgress, 'allocating', customers);
        reallocate(books);
        report(customers);

        const totals = books
          .prepare(
            'SELECT COALESCE(SUM(total), 0) AS total, COALESCE(SUM(open_amount), 0) AS open FROM invoices',
          )
          .get() as { total: number; open: number };
        const first = plan.invoices[0];
        return {
          customers,
          invoices: plan.invoices.length,
          payments: plan.payments.length,
          creditNotes: plan.creditNotes.length,
          totalInvoiced: totals.total,
          openNow: totals.open,
          from: first ? plan.calendar.isoOf(first.issue) : today,
          to: today,
        };
      }),
    ),
  );
}
