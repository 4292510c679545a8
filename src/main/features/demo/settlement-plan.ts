import type { CustomerPlan } from './customer-plan';
import type { PlannedInvoice } from './invoice-plan';
import { instalments, landingDay, lateness, pickMethod, statementRunOnOrBefore } from './payer-habits';
import type { Prng } from './prng';
import type { ShopCalendar } from './shop-calendar';
import {
  CREDIT_NOTE_REASONS,
  FULL_CREDIT_REASONS,
  type PaymentMethod,
  WRITE_OFF_REASON,
} from './shop-profile';

// How one customer's invoices get settled: payments (named, unreferenced, in instalments, a few
// overpaid) and credit notes. Nothing dated after today is recorded, so what is still open today is
// simply what the customer has not paid yet. The allocation rules, not this file, decide what each
// payment finally settles; this file only takes care that an unreferenced payment lands where the
// customer meant it, so a reliable payer never shows a phantom old debt.

export interface PlannedPayment {
  customer: CustomerPlan;
  day: number;
  amount: number;
  /** The invoice the payer named; null: unreferenced (oldest due first). */
  invoice: PlannedInvoice | null;
  method: PaymentMethod;
  note: string;
  ref: string;
}

export interface PlannedCreditNote {
  customer: CustomerPlan;
  day: number;
  amount: number;
  invoice: PlannedInvoice | null;
  reason: string;
  number: string;
}

interface Chunk {
  invoice: PlannedInvoice;
  day: number;
  amount: number;
  method: PaymentMethod;
  /** null: the payer may leave it unreferenced, if the rules would still apply it to this invoice. */
  named: boolean | null;
  /** Part of a statement payer's next run. */
  statement: boolean;
}

interface Credit {
  invoice: PlannedInvoice;
  day: number;
  amount: number;
  reason: string;
  named: boolean | null;
}

const CREDIT_CHANCE = 0.015;
const INSTALMENT_CHANCE = { chronic: 0.08, bad: 0.12, other: 0.03 };
const STRAY_OVERPAY_CHANCE = 0.002;

export function planSettlement(
  c: CustomerPlan,
  invoices: readonly PlannedInvoice[],
  rng: Prng,
  cal: ShopCalendar,
  today: number,
): { payments: PlannedPayment[]; creditNotes: PlannedCreditNote[] } {
  const chunks: Chunk[] = [];
  const credits: Credit[] = [];
  /** Day each invoice is fully settled as planned; Infinity while anything stays open. */
  const settledOn: number[] = [];
  let overpaid = false;
  let chequeNo = 100_001 + rng.int(0, 80_000);
  const pay = (
    invoice: PlannedInvoice,
    day: number,
    amount: number,
    method: PaymentMethod,
    named: boolean | null = true,
    statement = false,
  ) => chunks.push({ invoice, day, amount, method, named, statement });

  for (const inv of invoices) {
    let remaining = inv.total;
    let settled = inv.issue;
    let complete = true;

    if (!inv.neverPaid && rng.chance(CREDIT_CHANCE)) {
      const day = cal.nextShopDay(inv.issue + rng.int(1, 21));
      if (day <= today) {
        const full = rng.chance(0.25);
        const amount = full
          ? inv.total
          : Math.min(inv.total - 1, Math.max(100, Math.round(inv.total * (0.05 + 0.45 * rng.next()))));
        const reason = full ? rng.pick(FULL_CREDIT_REASONS) : rng.pick(CREDIT_NOTE_REASONS);
        // A statement payer's account is settled oldest first anyway, so its credit notes need not
        // name an invoice; other credit notes name one unless the rules would pick it regardless.
        const named = c.naming === 'statement' ? rng.chance(0.5) : rng.chance(0.6) ? true : null;
        credits.push({ invoice: inv, day, amount, reason, named });
        remaining -= amount;
        settled = day;
      }
    }

    const late = lateness(c, inv, rng, today);
    if (late === null) {
      // A bad payer sometimes pays a little towards the first unpaid invoice, then nothing.
      if (rng.chance(0.3)) {
        const day = cal.nextBankDay(inv.due + rng.int(0, 30));
        const amount = Math.floor((inv.total * (0.2 + 0.3 * rng.next())) / 100) * 100;
        if (day <= today && amount > 0) {
          pay(inv, day, amount, pickMethod(c, rng));
          remaining -= amount;
        }
      }
      const writeOffDay = c.writeOff ? cal.nextShopDay(c.defaultDay! + rng.int(270, 450)) : Infinity;
      if (writeOffDay < today) {
        credits.push({
          invoice: inv,
          day: writeOffDay,
          amount: remaining,
          reason: WRITE_OFF_REASON,
          named: true,
        });
        settled = writeOffDay;
      } else {
        complete = false;
      }
    } else if (remaining > 0) {
      // A customer waiting for a credit note pays after it.
      let day = Math.max(inv.issue, inv.due + late, settled);
      let method = pickMethod(c, rng);
      if (c.segment === 'personal' && late <= 0 && rng.chance(0.12)) {
        // Paid at the counter when collecting the goods.
        day = inv.issue;
        method = rng.chance(0.7) ? 'card' : 'cash';
      }
      const early = day <= inv.due;
      const instalmentChance =
        c.behaviour === 'chronic' || c.behaviour === 'bad'
          ? INSTALMENT_CHANCE[c.behaviour]
          : INSTALMENT_CHANCE.other;
      if (c.naming !== 'statement' && rng.chance(instalmentChance)) {
        for (const amount of instalments(rng, remaining, rng.chance(0.6) ? 2 : 3)) {
          const landed = landingDay(cal, method, day, inv, early);
          if (landed > today) {
            complete = false;
            break;
          }
          pay(inv, landed, amount, method);
          settled = Math.max(settled, landed);
          day = landed + rng.int(14, 35);
        }
      } else {
        const landed = landingDay(cal, method, day, inv, early);
        if (landed > today) {
          complete = false;
        } else {
          const overpay =
            c.naming !== 'statement' &&
            ((!overpaid && c.overpayFrom !== null && landed >= c.overpayFrom) ||
              (landed >= today - 365 && rng.chance(STRAY_OVERPAY_CHANCE)));
          if (overpay) {
            overpaid = true;
            if (rng.chance(0.6)) {
              // Rounded up to the next ten pounds.
              pay(inv, landed, (Math.floor(remaining / 1000) + 1) * 1000, method);
            } else {
              // Paid twice: once by transfer, again when the paper invoice turned up.
              pay(inv, landed, remaining, method);
              const again = cal.nextBankDay(landed + rng.int(3, 20));
              if (again <= today) pay(inv, again, remaining, 'bank transfer');
            }
          } else {
            const statement = c.naming === 'statement';
            pay(
              inv,
              landed,
              remaining,
              method,
              c.naming === 'always' ? true : statement ? false : null,
              statement,
            );
          }
          settled = Math.max(settled, landed);
        }
      }
    }
    settledOn[inv.seq] = complete ? settled : Number.POSITIVE_INFINITY;
  }

  // Left unreferenced, a receipt goes to the earliest-due invoice still open on its date. A payer
  // who skips the reference usually means exactly that invoice, so allow it only when no earlier-due
  // invoice would still be open then.
  const firstOpenIs = (inv: PlannedInvoice, day: number): boolean => {
    for (const other of invoices) {
      if (other.issue > day) break;
      if (other === inv) continue;
      const earlierDue = other.due < inv.due || (other.due === inv.due && other.seq < inv.seq);
      if (earlierDue && settledOn[other.seq]! >= day) return false;
    }
    return true;
  };
  const unreferenced = (inv: PlannedInvoice, day: number) => rng.chance(0.35) && firstOpenIs(inv, day);

  const payments: PlannedPayment[] = [];
  const runs = new Map<number, number>();
  for (const ch of chunks) {
    if (ch.statement) {
      let run = statementRunOnOrBefore(cal, c, ch.day);
      run = run < ch.invoice.issue ? ch.day : cal.nextBankDay(run);
      if (run <= today) runs.set(run, (runs.get(run) ?? 0) + ch.amount);
      continue;
    }
    const named = ch.named ?? !unreferenced(ch.invoice, ch.day);
    const note = ch.method === 'cheque' ? `Cheque ${chequeNo++}` : '';
    payments.push({
      customer: c,
      day: ch.day,
      amount: ch.amount,
      invoice: named ? ch.invoice : null,
      method: ch.method,
      note,
      ref: '',
    });
  }
  for (const [day, amount] of runs) {
    payments.push({
      customer: c,
      day,
      amount,
      invoice: null,
      method: 'bank transfer',
      note: 'Statement payment',
      ref: '',
    });
  }
  payments.sort((a, b) => a.day - b.day);

  const creditNotes = credits
    .map(
      (cr): PlannedCreditNote => ({
        customer: c,
        day: cr.day,
        amount: cr.amount,
        invoice: (cr.named ?? !firstOpenIs(cr.invoice, cr.day)) ? cr.invoice : null,
        reason: cr.reason,
        number: '',
      }),
    )
    .sort((a, b) => a.day - b.day);
  return { payments, creditNotes };
}
