import { z } from 'zod';
import type { AgeingBasis } from './ageing';
import { idField, isoDateField } from './fields';

// The dashboard: what is owed, how late, by whom, and whether it is getting better, as of any date;
// and the drill-down behind every figure on it. Amounts in minor units.

export const dashboardInput = z.object({
  asOf: isoDateField.optional(),
  /** How far back the trend goes. */
  months: z.union([z.literal(12), z.literal(24)]).default(12),
});
export type DashboardInput = z.input<typeof dashboardInput>;

export interface DashboardBucket {
  label: string;
  fromDays: number | null;
  toDays: number | null;
  amount: number;
  invoices: number;
}

export interface DsoStep {
  /** The period counted back: a whole month, or the part of the month up to the date. */
  from: string;
  to: string;
  /** Invoiced in that period. */
  sales: number;
  /** Days of the period counted (a fraction for the last one). */
  days: number;
}

export interface Dashboard {
  asOf: string;
  currency: string;
  basis: AgeingBasis;
  buckets: DashboardBucket[];
  /** Still owed on invoices, all of it (the buckets add up to this). */
  open: number;
  /** Of which past its due date. */
  overdue: number;
  /** overdue ÷ open, 0 when nothing is owed. */
  overdueShare: number;
  /** Payments and credit notes not yet applied to any invoice. */
  credit: number;
  /** What customers owe in all: open minus credit. */
  receivable: number;
  openInvoices: number;
  customersOwing: number;
  /** Days sales outstanding by the countback method; null when a year of sales does not cover it. */
  dso: { days: number | null; steps: DsoStep[] };
  /** Payments received in the 90 days to the date: how late they came, weighted by amount. */
  lateness: { averageDaysLate: number | null; payments: number; amount: number; from: string; to: string };
  /** Payments received this month up to the date, and in the whole previous month. */
  collected: {
    thisMonth: { from: string; to: string; amount: number };
    lastMonth: { from: string; to: string; amount: number };
  };
  /** Owed and overdue at each month end, oldest first, ending with the date itself. */
  trend: { date: string; receivable: number; overdue: number }[];
  /** The ten largest overdue balances. */
  topOverdue: {
    customerId: number;
    ref: string;
    name: string;
    overdue: number;
    balance: number;
    oldestDaysOverdue: number;
  }[];
}

/** What was clicked on the dashboard. */
export const drillSlice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bucket'), label: z.string().min(1).max(20) }),
  z.object({ kind: z.literal('overdue') }),
  z.object({ kind: z.literal('open') }),
  z.object({ kind: z.literal('customer'), customerId: idField }),
]);
export type DrillSlice = z.infer<typeof drillSlice>;

export const DRILL_SORTS = ['amount', 'oldest', 'name'] as const;

export const drillInput = z.object({
  asOf: isoDateField.optional(),
  slice: drillSlice,
  tag: z.string().trim().max(40).optional(),
  /** Natural orders: largest amount first, oldest due first, A to Z. */
  sort: z.enum(DRILL_SORTS).default('amount'),
  reverse: z.boolean().default(false),
});
export type DrillInput = z.input<typeof drillInput>;

export interface DrillInvoice {
  id: number;
  number: string;
  issueDate: string;
  dueDate: string;
  daysOverdue: number;
  bucket: string;
  open: number;
}

export interface DrillCustomer {
  id: number;
  ref: string;
  name: string;
  tags: string[];
  /** Their part of the figure: the sum of the invoices listed. */
  amount: number;
  invoices: DrillInvoice[];
}

export interface Drill {
  asOf: string;
  currency: string;
  /** "31-60 days overdue", "Overdue", "Everything owed", a customer's name. */
  title: string;
  /** Equals the figure clicked, to the cent: the sum of every invoice listed. */
  total: number;
  invoiceCount: number;
  customers: DrillCustomer[];
  /** Tags in use, to filter by. */
  tags: string[];
}
