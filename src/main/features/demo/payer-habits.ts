import type { CustomerPlan } from './customer-plan';
import type { PlannedInvoice } from './invoice-plan';
import type { Prng } from './prng';
import type { ShopCalendar } from './shop-calendar';
import { type PaymentMethod, SEGMENTS } from './shop-profile';

// How late each kind of payer pays, in days after the due date (negative: early). These are the
// patterns the payment-behaviour classes look for, so each is drawn to be recognisable: a reliable
// payer is almost never late, a chronic one mostly a month or more, a worsening one later with
// every recent invoice.

/** Paid within terms: a third at any time in the term, the rest in the last few days of it. */
function onTime(rng: Prng, terms: number): number {
  return rng.chance(0.3) ? -rng.int(0, terms) : -rng.int(0, Math.min(3, terms));
}

/** Days after due the invoice is paid; null: never (a bad payer's last invoices). */
export function lateness(c: CustomerPlan, inv: PlannedInvoice, rng: Prng, today: number): number | null {
  if (inv.neverPaid) return null;
  const terms = inv.due - inv.issue;
  const style = c.behaviour === 'new' ? c.newStyle : c.behaviour;
  switch (style) {
    case 'prompt':
      return rng.chance(0.93) ? onTime(rng, terms) : rng.int(1, 4);
    case 'occasional':
      return rng.chance(0.8) ? onTime(rng, terms) : rng.int(3, 20);
    case 'chronic': {
      const r = rng.next();
      return r < 0.72 ? rng.int(30, 90) : r < 0.92 ? rng.int(8, 29) : onTime(rng, terms);
    }
    case 'worsening': {
      const turn = c.turnDay!;
      if (inv.issue < turn) return rng.chance(0.93) ? onTime(rng, terms) : rng.int(1, 4);
      const progress = (inv.issue - turn) / Math.max(1, today - turn);
      return Math.max(1, Math.round(3 + progress * 85) + rng.int(-4, 8));
    }
    case 'bad':
      return rng.chance(0.6) ? onTime(rng, terms) : rng.int(5, 40);
  }
}

/** Mostly the customer's usual way of paying, sometimes another. */
export function pickMethod(c: CustomerPlan, rng: Prng): PaymentMethod {
  return rng.chance(0.85) ? c.method : rng.weighted(SEGMENTS[c.segment].methods);
}

/**
 * The day money paid by this method lands: a transfer or cheque on a banking day, card or cash when
 * the shop is open. Someone paying on time moves earlier, not past the due date.
 */
export function landingDay(
  cal: ShopCalendar,
  method: PaymentMethod,
  day: number,
  inv: PlannedInvoice,
  early: boolean,
): number {
  const bank = method === 'bank transfer' || method === 'cheque';
  if (early) {
    const before = bank ? cal.previousBankDay(day) : cal.previousShopDay(day);
    if (before >= inv.issue) return before;
  }
  return bank ? cal.nextBankDay(day) : cal.nextShopDay(day);
}

/** The statement run on or before `day`: a statement payer pays everything due by then at once. */
export function statementRunOnOrBefore(cal: ShopCalendar, c: CustomerPlan, day: number): number {
  let d = day;
  while (cal.monthDay(d) !== c.statementDay) d--;
  return d;
}

/** An instalment plan: the first parts in whole pounds, as people pay them, the last the rest. */
export function instalments(rng: Prng, amount: number, parts: number): number[] {
  const out: number[] = [];
  let left = amount;
  for (let i = 0; i < parts - 1; i++) {
    const share = 0.3 + rng.next() * 0.3;
    const part = Math.floor((left * share) / 100) * 100;
    if (part <= 0 || part >= left) break;
    out.push(part);
    left -= part;
  }
  out.push(left);
  return out;
}
