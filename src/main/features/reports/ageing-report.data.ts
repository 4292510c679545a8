import {
  type AgeingOptions,
  type AgeingReport,
  type BucketDef,
  bucketDefs,
} from '../../../shared/contract/ageing';
import type { SettingsDto } from '../../../shared/contract/settings';
import type { IsoDate } from '../../../shared/dates';
import type { Ctx } from '../../context';
import { ageingOptions, ageingReport } from '../ageing/ageing.service';
import { type OpenItem, openItems } from '../ageing/open-items';
import { getSettings } from '../settings/settings.service';
import { type CustomerContact, customerContacts } from './reports.repository';

// Everything the printed aged receivables report shows, read in one transaction so the summary, the
// detail and the settings describe the same state of the books (a job in another thread may write
// between two reads otherwise). The detail comes from the same SQL as the totals: each customer's
// invoices add up to their summary row.

export interface AgeingReportData {
  settings: SettingsDto;
  options: AgeingOptions;
  defs: BucketDef[];
  report: AgeingReport;
  /** Open invoices per customer id, oldest due first; empty unless the detail was asked for. */
  items: Map<number, OpenItem[]>;
  /** Contact details per customer id; empty unless the detail was asked for. */
  contacts: Map<number, CustomerContact>;
}

export function ageingReportData(ctx: Ctx, asOf: IsoDate, detail: boolean): AgeingReportData {
  const { books } = ctx;
  return books.sqlite
    .transaction((): AgeingReportData => {
      const settings = getSettings(ctx);
      const options = ageingOptions(ctx);
      const report = ageingReport(ctx, asOf, options);
      const items = new Map<number, OpenItem[]>();
      let contacts = new Map<number, CustomerContact>();
      if (detail) {
        for (const item of openItems(books, asOf, options)) {
          let list = items.get(item.customerId);
          if (!list) {
            list = [];
            items.set(item.customerId, list);
          }
          list.push(item);
        }
        contacts = customerContacts(
          books,
          report.customers.map((c) => c.id),
        );
      }
      return { settings, options, defs: bucketDefs(options.limits, options.basis), report, items, contacts };
    })
    .deferred();
}
