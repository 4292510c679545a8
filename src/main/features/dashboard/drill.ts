import { bucketDefs } from '../../../shared/contract/ageing';
import {
  type Drill,
  type DrillCustomer,
  type DrillInput,
  drillInput,
} from '../../../shared/contract/dashboard';
import { DulyError } from '../../../shared/errors';
import { naturalCompare } from '../../../shared/natural-compare';
import type { Ctx } from '../../context';
import { ageingOptions } from '../ageing/ageing.service';
import { type OpenItemsFilter, openItems } from '../ageing/open-items';
import { getCustomer } from '../customers/customers.service';
import { getSettings } from '../settings/settings.service';

// What stands behind a figure on the dashboard: the customers and their invoices open on the date in
// that slice (a bucket, everything overdue, everything owed, one customer), filtered and sorted. The
// invoices come from the same SQL as the figure, so the total equals the figure clicked, to the cent.

export function drill(ctx: Ctx, raw: DrillInput): Drill {
  const input = drillInput.parse(raw);
  const { books } = ctx;
  const asOf = input.asOf ?? ctx.clock.today();
  const options = ageingOptions(ctx);
  const defs = bucketDefs(options.limits, options.basis);
  const filter: OpenItemsFilter = {};
  let title: string;
  const slice = input.slice;
  if (slice.kind === 'bucket') {
    const index = defs.findIndex((d) => d.label === slice.label);
    if (index < 0)
      throw new DulyError('validation', `There is no bucket "${slice.label}".`, { field: 'slice.label' });
    filter.bucket = index;
    title = bucketTitle(slice.label, options.basis);
  } else if (slice.kind === 'overdue') {
    filter.overdueOnly = true;
    title = 'Overdue';
  } else if (slice.kind === 'customer') {
    filter.customerIds = [slice.customerId];
    title = getCustomer(ctx, slice.customerId).name;
  } else {
    title = 'Everything owed';
  }
  if (input.tag) filter.tag = input.tag;

  return books.sqlite
    .transaction((): Drill => {
      const items = openItems(books, asOf, options, filter);
      const byCustomer = new Map<number, DrillCustomer>();
      for (const item of items) {
        let customer = byCustomer.get(item.customerId);
        if (!customer) {
          customer = { id: item.customerId, ref: '', name: '', tags: [], amount: 0, invoices: [] };
          byCustomer.set(item.customerId, customer);
        }
        customer.amount += item.open;
        customer.invoices.push({
          id: item.invoiceId,
          number: item.number,
          issueDate: item.issueDate,
          dueDate: item.dueDate,
          daysOverdue: item.daysOverdue,
          bucket: defs[item.bucket]!.label,
          open: item.open,
        });
      }
      const ids = JSON.stringify([...byCustomer.keys()]);
      const info = books
        .prepare(
          `SELECT c.id, c.ref, c.name, (SELECT group_concat(tag, char(31)) FROM customer_tags t WHERE t.customer_id = c.id) AS tags
             FROM customers c WHERE c.id IN (SELECT value FROM json_each(?))`,
        )
        .all(ids) as { id: number; ref: string; name: string; tags: string | null }[];
      for (const c of info) {
        const row = byCustomer.get(c.id)!;
        row.ref = c.ref;
        row.name = c.name;
        row.tags = c.tags ? c.tags.split('\u001f').sort() : [];
      }
      const customers = [...byCustomer.values()];
      // Each customer's invoices come oldest due first (openItems' order).
      const oldest = (c: DrillCustomer) => c.invoices[0]!.dueDate;
      const order: Record<typeof input.sort, (a: DrillCustomer, b: DrillCustomer) => number> = {
        amount: (a, b) => b.amount - a.amount || naturalCompare(a.name, b.name),
        oldest: (a, b) =>
          oldest(a) < oldest(b) ? -1 : oldest(a) > oldest(b) ? 1 : naturalCompare(a.name, b.name),
        name: (a, b) =>
          naturalCompare(a.name.toLowerCase(), b.name.toLowerCase()) || naturalCompare(a.ref, b.ref),
      };
      customers.sort(order[input.sort]);
      if (input.reverse) customers.reverse();
      const tags = books
        .prepare('SELECT DISTINCT tag FROM customer_tags ORDER BY tag COLLATE NOCASE')
        .pluck()
        .all() as string[];
      return {
        asOf,
        currency: getSettings(ctx).currency,
        title,
        total: items.reduce((s, i) => s + i.open, 0),
        invoiceCount: items.length,
        customers,
        tags,
      };
    })
    .deferred();
}

function bucketTitle(label: string, basis: 'due' | 'issue'): string {
  if (label === 'current') return 'Not yet due';
  if (basis === 'issue') return `${label} days since the invoice`;
  return label.endsWith('+') ? `More than ${label.slice(0, -1)} days overdue` : `${label} days overdue`;
}
