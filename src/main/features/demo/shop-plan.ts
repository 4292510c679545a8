import { type IsoDate, toEpochDay } from '../../../shared/dates';
import { type CustomerPlan, planCustomers } from './customer-plan';
import { forcedInvoices, orderingDays, type PlannedInvoice, planInvoices } from './invoice-plan';
import { Prng } from './prng';
import { type PlannedCreditNote, type PlannedPayment, planSettlement } from './settlement-plan';
import { ShopCalendar } from './shop-calendar';
import type { SizeSpec } from './shop-profile';

// The whole demo shop, planned in memory before anything is written: pure, so the same seed and
// the same "today" always give the same plan. Each customer draws from a random stream of their
// own, so a change to how one kind of customer behaves does not reshuffle everybody else.

export interface CustomerDocuments {
  invoices: PlannedInvoice[];
  payments: PlannedPayment[];
  creditNotes: PlannedCreditNote[];
}

export interface ShopPlan {
  /** In join order: the order of their refs. */
  customers: CustomerPlan[];
  /** Each customer's documents, aligned with `customers`, each list in date order. */
  documents: CustomerDocuments[];
  /** In number order, which is issue-date order. */
  invoices: PlannedInvoice[];
  payments: PlannedPayment[];
  creditNotes: PlannedCreditNote[];
  calendar: ShopCalendar;
  /** First day of the history. */
  start: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Documents of all customers in the order the shop raised them. A counting sort by day: linear, and
 * stable, so same-day documents stay in customer order and then in each customer's own order.
 */
function inDateOrder<T>(items: readonly T[], day: (item: T) => number): T[] {
  if (items.length === 0) return [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const d = day(item);
    if (d < first) first = d;
    if (d > last) last = d;
  }
  const starts = new Array<number>(last - first + 2).fill(0);
  for (const item of items) starts[day(item) - first + 1]!++;
  for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!;
  const out = new Array<T>(items.length);
  for (const item of items) out[starts[day(item) - first]!++] = item;
  return out;
}

export function planShop(spec: SizeSpec, seed: number, todayIso: IsoDate): ShopPlan {
  const today = toEpochDay(todayIso);
  const start = today - Math.round(spec.years * 365.25);
  // Due dates run up to a couple of months past today.
  const calendar = new ShopCalendar(start - 7, today + 120);
  const root = new Prng(seed);
  const customers = planCustomers(spec, root.fork(0), start, today);

  // One rate per unit of weight, chosen so the expected number of invoices is the target.
  let weightedDays = 0;
  let forced = 0;
  for (const c of customers) {
    weightedDays += c.weight * orderingDays(c);
    forced += forcedInvoices(c);
  }
  const ratePerWeight = Math.max(0, spec.invoices - forced) / Math.max(1, weightedDays);

  const documents: CustomerDocuments[] = [];
  const all: CustomerDocuments = { invoices: [], payments: [], creditNotes: [] };
  for (const c of customers) {
    const rng = root.fork(c.slot + 1);
    const invoices = planInvoices(c, rng, calendar, today, ratePerWeight);
    const { payments, creditNotes } = planSettlement(c, invoices, rng, calendar, today);
    documents.push({ invoices, payments, creditNotes });
    for (const inv of invoices) all.invoices.push(inv);
    for (const p of payments) all.payments.push(p);
    for (const cn of creditNotes) all.creditNotes.push(cn);
  }

  const invoices = inDateOrder(all.invoices, (i) => i.issue);
  invoices.forEach((inv, i) => {
    inv.number = `INV-${pad(i + 1, 6)}`;
  });
  // Six digits like the references Duly gives new payments and credit notes (nextReference), so a
  // payment recorded by hand after the demo continues the same sequence.
  const payments = inDateOrder(all.payments, (p) => p.day);
  payments.forEach((p, i) => {
    p.ref = `PAY-${pad(i + 1, 6)}`;
  });
  const creditNotes = inDateOrder(all.creditNotes, (cn) => cn.day);
  creditNotes.forEach((cn, i) => {
    cn.number = `CN-${pad(i + 1, 6)}`;
  });
  return { customers, documents, invoices, payments, creditNotes, calendar, start };
}
