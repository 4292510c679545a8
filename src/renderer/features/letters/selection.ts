import type {
  BatchCandidate,
  BatchKind,
  BatchSelection,
  BatchStartInput,
} from '../../../shared/contract/batch';
import type { Tone } from '../../../shared/contract/templates';

// Who a batch goes to, worked out on the screen from the candidates main listed: everyone overdue,
// everyone with a balance (statements), everyone with something not yet due (courtesy notes), or
// the customers the owner ticked. Main picks "everyone"
// again itself when the batch starts, on the same date, so the two always agree.

export type Who = BatchSelection | 'chosen';

export const WHO_LABELS: Record<Who, string> = {
  overdue: 'Everyone with an overdue balance',
  open: 'Everyone with a balance',
  upcoming: 'Everyone with something not yet due',
  chosen: 'Customers I choose',
};

/**
 * What a batch is for, which decides whom "everyone" means and what each customer is asked for:
 * statements (the balance), reminders (what is overdue), courtesy notes (what is not yet due).
 */
export type Purpose = 'statement' | 'reminder' | 'courtesy';

export function purposeOf(kind: BatchKind, tone: Tone): Purpose {
  if (kind === 'statement') return 'statement';
  return tone === 'courtesy' ? 'courtesy' : 'reminder';
}

/** The choices that make sense for the purpose: letters are about what is overdue, or not yet due. */
export function whoChoices(purpose: Purpose): Who[] {
  if (purpose === 'courtesy') return ['upcoming', 'chosen'];
  return purpose === 'reminder' ? ['overdue', 'chosen'] : ['overdue', 'open', 'chosen'];
}

/** What one customer's document asks for, minor units: the balance owed, the overdue or the not yet due. */
export function askedOf(c: BatchCandidate, purpose: Purpose): number {
  if (purpose === 'courtesy') return c.notDue;
  return purpose === 'reminder' ? c.overdue : Math.max(0, c.balance);
}

/** Everyone a choice picks, in the candidates' order (by reference). */
export function recipients(
  candidates: readonly BatchCandidate[],
  who: Who,
  chosen: ReadonlySet<number>,
): BatchCandidate[] {
  if (who === 'overdue') return candidates.filter((c) => c.inOverdue);
  if (who === 'open') return candidates.filter((c) => c.inOpen);
  if (who === 'upcoming') return candidates.filter((c) => c.inUpcoming);
  return candidates.filter((c) => chosen.has(c.id));
}

interface RecipientTotals {
  customers: number;
  withoutEmail: number;
  /** Minor units: what the documents ask for together (askedOf). */
  asked: number;
}

export function totalsOf(list: readonly BatchCandidate[], purpose: Purpose): RecipientTotals {
  let withoutEmail = 0;
  let asked = 0;
  for (const c of list) {
    if (c.email.trim() === '') withoutEmail++;
    asked += askedOf(c, purpose);
  }
  return { customers: list.length, withoutEmail, asked };
}

/** The candidates whose name, reference or email holds the search, ignoring case and accents. */
export function searchCandidates(candidates: readonly BatchCandidate[], search: string): BatchCandidate[] {
  const wanted = fold(search.trim());
  if (wanted === '') return [...candidates];
  return candidates.filter((c) => fold(`${c.name} ${c.ref} ${c.email}`).includes(wanted));
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

interface BatchChoice {
  kind: BatchKind;
  tone: Tone;
  asOf: string;
  who: Who;
  /**
   * Whom the choice picks on screen now (recipients()). "Customers I choose" sends exactly these:
   * a customer ticked earlier who is not listed on this date or for this kind is not sent, so the
   * batch is the one the count and the button promise.
   */
  picked: readonly Pick<BatchCandidate, 'id'>[];
  email: boolean;
}

/** What batch.start is asked, or the reason it cannot be asked yet. */
export function startInput(choice: BatchChoice): BatchStartInput | { problem: string } {
  const { kind, tone, asOf, who, picked, email } = choice;
  if (who === 'open' && kind === 'letter') {
    return { problem: 'Letters go to customers with something overdue: choose them, or everyone overdue.' };
  }
  if (who === 'chosen' && picked.length === 0) return { problem: 'Tick at least one customer.' };
  return {
    kind,
    ...(kind === 'letter' ? { tone } : {}),
    asOf,
    customers: who === 'chosen' ? picked.map((c) => c.id) : who,
    email,
  };
}

/** "1 statement", "12 reminder letters". */
export function documentsCount(kind: BatchKind, n: number): string {
  const word = kind === 'letter' ? 'reminder letter' : 'statement';
  return `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
}

/** Main's phase words for a batch, as the owner reads them. */
export const BATCH_PHASES: Readonly<Record<string, string>> = {
  reading: 'Reading the books',
  drawing: 'Drawing the documents',
  writing: 'Writing the files',
  saving: 'Recording each one on its customer’s history',
  done: 'Finishing',
};
