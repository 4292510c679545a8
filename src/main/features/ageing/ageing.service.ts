import {
  type AgeingCustomerRow,
  type AgeingOptions,
  type AgeingReport,
  bucketDefs,
} from '../../../shared/contract/ageing';
import type { IsoDate } from '../../../shared/dates';
import { naturalCompare } from '../../../shared/natural-compare';
import type { Ctx } from '../../context';
import { getSettings } from '../settings/settings.service';
import { bucketAmountsByCustomer, creditByCustomer, customersByIds } from './ageing.repository';

/** The buckets and basis in Settings, unless the caller gives its own. */
export function ageingOptions(ctx: Ctx, given: Partial<AgeingOptions> = {}): AgeingOptions {
  const settings = getSettings(ctx);
  return { limits: given.limits ?? settings.ageingLimits, basis: given.basis ?? settings.ageingBasis };
}

/**
 * Aged receivables as of a date: per bucket, per customer, with unapplied credit. The buckets add
 * up to the open total by construction: every open invoice falls in exactly one bucket.
 */
export function ageingReport(
  ctx: Ctx,
  asOf: IsoDate = ctx.clock.today(),
  given?: Partial<AgeingOptions>,
): AgeingReport {
  const { books } = ctx;
  const options = ageingOptions(ctx, given);
  const defs = bucketDefs(options.limits, options.basis);
  const labels = defs.map((d) => d.label);
  // One read transaction: the three queries see the same state of the books.
  return books.sqlite
    .transaction(() => {
      const amounts = bucketAmountsByCustomer(books, asOf, options);
      const credits = creditByCustomer(books, asOf);
      const rows = new Map<number, AgeingCustomerRow>();
      const rowFor = (customerId: number): AgeingCustomerRow => {
        let row = rows.get(customerId);
        if (!row) {
          row = {
            id: customerId,
            ref: '',
            name: '',
            buckets: Object.fromEntries(labels.map((l) => [l, 0])),
            credit: 0,
            balance: 0,
            openInvoices: 0,
          };
          rows.set(customerId, row);
        }
        return row;
      };
      const totals = labels.map(() => 0);
      let openInvoices = 0;
      for (const a of amounts) {
        const row = rowFor(a.customer_id);
        const label = labels[a.bucket]!;
        row.buckets[label] = (row.buckets[label] ?? 0) + a.amount;
        row.openInvoices += a.invoices;
        totals[a.bucket]! += a.amount;
        openInvoices += a.invoices;
      }
      let unappliedCredit = 0;
      for (const c of credits) {
        rowFor(c.customer_id).credit += c.credit;
        unappliedCredit += c.credit;
      }
      for (const customer of customersByIds(books, [...rows.keys()])) {
        const row = rows.get(customer.id)!;
        row.ref = customer.ref;
        row.name = customer.name;
        row.balance = labels.reduce((sum, l) => sum + (row.buckets[l] ?? 0), 0) - row.credit;
      }
      return {
        asOf,
        currency: getSettings(ctx).currency,
        buckets: labels.map((label, i) => ({ label, amount: totals[i]! })),
        totalOpen: totals.reduce((a, b) => a + b, 0),
        unappliedCredit,
        openInvoices,
        customers: [...rows.values()].sort((a, b) => naturalCompare(a.ref, b.ref)),
      };
    })
    .deferred();
}
