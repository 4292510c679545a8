import { type CustomerIdentity, IdentityMaker } from './customer-identity';
import { SPECIAL_CUSTOMERS } from './name-pools';
import type { Prng } from './prng';
import {
  BEHAVIOUR_SHARES,
  type Behaviour,
  type PaymentMethod,
  SEGMENT_BY_BEHAVIOUR,
  SEGMENTS,
  type Segment,
  type SizeSpec,
} from './shop-profile';

// Who the demo shop's customers are and how each of them will behave, decided up front (before any
// invoice exists) so that invoices and payments can follow from it. Days are days since the epoch.

export type Naming = 'always' | 'mostly' | 'statement';

export interface CustomerPlan {
  /** Position in the plan before ordering by join date: the salt of the customer's own random stream. */
  slot: number;
  /** Position by join date: the order of refs C00001…, and a tie-break when numbering documents. */
  order: number;
  /** Row id, once written. */
  id: number;
  identity: CustomerIdentity;
  segment: Segment;
  behaviour: Behaviour;
  /** How a new customer turns out to pay (too early to tell on screen, but the demo needs a rule). */
  newStyle: 'prompt' | 'occasional';
  terms: number | null;
  creditLimit: number | null;
  tags: string[];
  /** Day of the first invoice. */
  join: number;
  /** Last day the shop invoices them as usual: when they leave, go bad, or today. */
  lastOrder: number;
  /** Bad payers: invoices issued after this are never paid. */
  defaultDay: number | null;
  /** Bad payers: unpaid invoices run up before the shop stops supplying them. */
  unpaidRun: number;
  /** Bad payers from long ago: the shop has since written the debt off with credit notes. */
  writeOff: boolean;
  /** Getting worse: from this day each invoice is paid later than the one before. */
  turnDay: number | null;
  /** Relative invoice rate. */
  weight: number;
  /** Multiplies the segment's median invoice: some builders buy a lot more than others. */
  sizeFactor: number;
  /** Does the payer name the invoice? A statement payer sends one transfer per statement run. */
  naming: Naming;
  statementDay: number;
  method: PaymentMethod;
  /** Overpayers: the first invoice paid on or after this day is overpaid. */
  overpayFrom: number | null;
}

function behaviourQuota(spec: SizeSpec, rng: Prng): Behaviour[] {
  const out: Behaviour[] = Array.from({ length: spec.newCustomers }, () => 'new' as const);
  for (const [behaviour, share] of BEHAVIOUR_SHARES) {
    // At least a few of each, so that even the small shop shows every kind of payer.
    const count = Math.max(behaviour === 'bad' ? 3 : 2, Math.round(share * spec.customers));
    for (let i = 0; i < count; i++) out.push(behaviour);
  }
  while (out.length < spec.customers) out.push('prompt');
  return rng.shuffle(out.slice(0, spec.customers));
}

const SEGMENT_SHARES = (Object.keys(SEGMENTS) as Segment[]).map((s) => [s, SEGMENTS[s].share] as const);
const STATEMENT_DAYS = [1, 5, 15, 20, 25, 28];

export function planCustomers(spec: SizeSpec, rng: Prng, start: number, today: number): CustomerPlan[] {
  const behaviours = behaviourQuota(spec, rng);
  const segments = behaviours.map((b) => rng.weighted(SEGMENT_BY_BEHAVIOUR[b] ?? SEGMENT_SHARES));
  const identities = new IdentityMaker(rng);
  // The special names take slots spread through the list, whatever the seed.
  const specials = new Map<number, (typeof SPECIAL_CUSTOMERS)[number]>();
  const slots = rng.shuffle(Array.from({ length: spec.customers }, (_, i) => i));
  SPECIAL_CUSTOMERS.forEach((s, i) => {
    if (i < slots.length) specials.set(slots[i]!, s);
  });
  for (const s of specials.values()) identities.reserve(s.name);

  const span = today - start;
  const plans = behaviours.map((behaviour, slot): CustomerPlan => {
    const special = specials.get(slot);
    const segment = special?.segment ?? segments[slot]!;
    const seg = SEGMENTS[segment];
    const identity = special ? identities.special(special) : identities.make(segment);

    // Joining: a founding base, then a steady stream of new customers; with some leaving, the
    // shop grows a few percent a year, as a good local shop does.
    let join: number;
    if (behaviour === 'new') join = today - rng.int(3, 58);
    else if (rng.chance(spec.foundingShare)) join = start + rng.int(0, 45);
    else join = start + rng.int(46, span - 90);
    // Late payers need enough history to show their pattern.
    const latest = { worsening: 540, chronic: 240, bad: 400 }[behaviour as string];
    if (latest !== undefined && join > today - latest) join = start + rng.int(0, span - latest);

    let lastOrder = today;
    if (
      (behaviour === 'prompt' || behaviour === 'occasional' || behaviour === 'chronic') &&
      rng.chance(spec.leavingShare)
    ) {
      const leave = join + 120 + Math.floor(rng.exponential(span / 3));
      if (leave < today - 45) lastOrder = leave;
    }
    let defaultDay: number | null = null;
    let writeOff = false;
    if (behaviour === 'bad') {
      // Most went bad long ago (90+), a few only lately (still in 61-90).
      defaultDay = join + 120 + rng.int(0, Math.max(0, today - 130 - (join + 120)));
      lastOrder = defaultDay;
      writeOff = defaultDay < today - 730 && rng.chance(0.7);
    }

    const tags: string[] = [];
    if (rng.chance(seg.tagChance)) tags.push(seg.tag);
    const sizeFactor = rng.logNormal(1, 0.35);
    if (segment === 'trade' && sizeFactor > 1.4 && rng.chance(0.5)) tags.push('key account');

    let weight = seg.weight * rng.logNormal(1, 0.5);
    if (behaviour === 'chronic' || behaviour === 'worsening' || behaviour === 'bad')
      weight = Math.max(weight, 1.5);

    const naming: Naming = rng.chance(seg.statementChance)
      ? 'statement'
      : rng.chance(0.3)
        ? 'mostly'
        : 'always';
    return {
      slot,
      order: 0,
      id: 0,
      identity,
      segment,
      behaviour,
      newStyle: rng.chance(0.7) ? 'prompt' : 'occasional',
      terms: rng.weighted(seg.terms),
      creditLimit: rng.weighted(seg.creditLimits),
      tags,
      join,
      lastOrder,
      defaultDay,
      unpaidRun: behaviour === 'bad' ? rng.int(2, 5) : 0,
      writeOff,
      turnDay: behaviour === 'worsening' ? today - rng.int(150, 330) : null,
      weight,
      sizeFactor,
      naming,
      statementDay: rng.pick(STATEMENT_DAYS),
      method: rng.weighted(seg.methods),
      overpayFrom: null,
    };
  });

  // A few payers who name their invoices pay one recent invoice twice or round it up: the credit
  // that leaves on account is something the owner has to notice and sort out. Regular buyers, so
  // that they have an invoice to overpay in the last few months.
  const candidates = rng.shuffle(
    plans.filter(
      (p) =>
        (p.behaviour === 'prompt' || p.behaviour === 'occasional') &&
        p.naming !== 'statement' &&
        p.lastOrder === today &&
        p.weight >= 1.5,
    ),
  );
  for (const p of candidates.slice(0, spec.overpayers)) p.overpayFrom = today - rng.int(30, 240);

  plans.sort((a, b) => a.join - b.join || a.slot - b.slot);
  plans.forEach((p, i) => {
    p.order = i;
  });
  return plans;
}
