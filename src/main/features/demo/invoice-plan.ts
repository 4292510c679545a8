import type { CustomerPlan } from './customer-plan';
import type { Prng } from './prng';
import { SEASON_PEAK, type ShopCalendar } from './shop-calendar';
import { DEFAULT_TERMS, INFLATION, INVOICE_MAX, INVOICE_MIN, SEGMENTS } from './shop-profile';

// When each customer is invoiced and for how much. Orders arrive as a Poisson process at the
// customer's own rate, thinned by the season; the first invoice is on the day they join, and a bad
// payer runs up a few more unpaid invoices before the shop stops supplying them.

export interface PlannedInvoice {
  customer: CustomerPlan;
  /** Order among the customer's invoices. */
  seq: number;
  issue: number;
  due: number;
  total: number;
  /** Issued after a bad payer stopped paying. */
  neverPaid: boolean;
  number: string;
  /** Row id, once written. */
  id: number;
}

/** Invoices a customer gets besides their Poisson orders; the rate is set for what remains. */
export const forcedInvoices = (c: CustomerPlan): number => 1 + c.unpaidRun;

/** Days over which a customer orders at their usual rate (after the first invoice). */
export const orderingDays = (c: CustomerPlan): number => Math.max(0, c.lastOrder - c.join);

function invoiceTotal(c: CustomerPlan, rng: Prng, issue: number, today: number): number {
  const seg = SEGMENTS[c.segment];
  const prices = (1 + INFLATION) ** ((issue - today) / 365);
  const raw = rng.logNormal(seg.median * c.sizeFactor, seg.sigma) * prices;
  return Math.min(INVOICE_MAX, Math.max(INVOICE_MIN, Math.round(raw)));
}

/**
 * One customer's invoices, in issue order. `ratePerWeight` is invoices per day per unit of weight,
 * chosen by the caller so the whole shop lands near its target count.
 */
export function planInvoices(
  c: CustomerPlan,
  rng: Prng,
  cal: ShopCalendar,
  today: number,
  ratePerWeight: number,
): PlannedInvoice[] {
  const out: PlannedInvoice[] = [];
  const terms = c.terms ?? DEFAULT_TERMS;
  const add = (day: number, neverPaid: boolean) => {
    out.push({
      customer: c,
      seq: out.length,
      issue: day,
      due: day + terms,
      total: invoiceTotal(c, rng, day, today),
      neverPaid,
      number: '',
      id: 0,
    });
  };
  add(Math.min(today, cal.nextShopDay(c.join)), false);

  const meanGap = 1 / (ratePerWeight * c.weight * SEASON_PEAK);
  for (let t = c.join + rng.exponential(meanGap); t <= c.lastOrder; t += rng.exponential(meanGap)) {
    const day = Math.floor(t);
    if (rng.next() * SEASON_PEAK >= cal.season(day)) continue;
    const issue = cal.nextShopDay(day);
    if (issue <= Math.min(c.lastOrder, today)) add(issue, false);
  }

  if (c.defaultDay !== null) {
    let day = c.defaultDay;
    for (let i = 0; i < c.unpaidRun; i++) {
      day = cal.nextShopDay(day + rng.int(3, 20));
      if (day > today) break;
      add(day, true);
    }
  }
  return out;
}
