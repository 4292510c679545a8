import { bucketDefs } from '../../../shared/contract/ageing';
import { type Dashboard, type DashboardInput, dashboardInput } from '../../../shared/contract/dashboard';
import { addDays } from '../../../shared/dates';
import type { Ctx } from '../../context';
import { ageingOptions } from '../ageing/ageing.service';
import { getSettings } from '../settings/settings.service';
import {
  bucketTotals,
  collectedBetween,
  creditTotal,
  debtors,
  lateness,
  salesBetween,
} from './dashboard.repository';
import { countback } from './dso';
import { trend, trendDates } from './trend';

/**
 * Everything the dashboard shows, as of a date, in one read: the buckets (from Settings), headline
 * figures, DSO, lateness of recent payments, collections, the month-end trend and the largest overdue
 * balances. All reads run in one transaction, so every figure describes the same state of the books.
 */
export function dashboard(ctx: Ctx, raw: DashboardInput = {}): Dashboard {
  const input = dashboardInput.parse(raw);
  const { books } = ctx;
  const asOf = input.asOf ?? ctx.clock.today();
  return books.sqlite
    .transaction((): Dashboard => {
      const settings = getSettings(ctx);
      const options = ageingOptions(ctx);
      const defs = bucketDefs(options.limits, options.basis);
      const rows = bucketTotals(books, asOf, options);
      const buckets = defs.map((d, i) => {
        const row = rows.find((r) => r.bucket === i);
        return {
          label: d.label,
          fromDays: d.fromDays,
          toDays: d.toDays,
          amount: row?.amount ?? 0,
          invoices: row?.invoices ?? 0,
        };
      });
      const open = buckets.reduce((s, b) => s + b.amount, 0);
      const overdue = rows.reduce((s, r) => s + r.overdue, 0);
      const credit = creditTotal(books, asOf);
      const { owing, top } = debtors(books, asOf);
      const monthStart = `${asOf.slice(0, 8)}01`;
      const lastMonthEnd = addDays(monthStart, -1);
      const lastMonthStart = `${lastMonthEnd.slice(0, 8)}01`;
      return {
        asOf,
        currency: settings.currency,
        basis: options.basis,
        buckets,
        open,
        overdue,
        overdueShare: open > 0 ? overdue / open : 0,
        credit,
        receivable: open - credit,
        openInvoices: buckets.reduce((s, b) => s + b.invoices, 0),
        customersOwing: owing,
        dso: countback(open, asOf, (from, to) => salesBetween(books, from, to)),
        lateness: lateness(books, asOf),
        collected: {
          thisMonth: { from: monthStart, to: asOf, amount: collectedBetween(books, monthStart, asOf) },
          lastMonth: {
            from: lastMonthStart,
            to: lastMonthEnd,
            amount: collectedBetween(books, lastMonthStart, lastMonthEnd),
          },
        },
        // Ends at the figures above, so the chart's last point is the headline by construction.
        trend: trend(books, trendDates(asOf, input.months), { receivable: open, overdue }),
        topOverdue: top,
      };
    })
    .deferred();
}
