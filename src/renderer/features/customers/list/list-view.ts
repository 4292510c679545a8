import type { BehaviourClass } from '../../../../shared/contract/behaviour';
import type { CustomerList, CustomerSort } from '../../../../shared/contract/customers';

// How the owner last left the customers list. Opening a customer and coming back (the link, or the
// browser's Back) remounts the list; keeping the search, the order and the customer last opened here
// brings them back to the same place instead of the top of 5,000 rows. Memory only: a fresh start of
// the app begins with the plain list.

export interface ListView {
  search: string;
  sort: CustomerSort;
  reverse: boolean;
  tag: string | null;
  /** Only customers who pay this way. */
  behaviour: BehaviourClass | null;
  /** The customer opened from the list, to return to. */
  lastOpenedId: number | null;
  /** Every tag seen in the unfiltered list, for the tag filter while a search is on. */
  tags: string[];
}

let saved: ListView = {
  search: '',
  sort: 'balance',
  reverse: false,
  tag: null,
  behaviour: null,
  lastOpenedId: null,
  tags: [],
};

export function savedListView(): ListView {
  return saved;
}

export function saveListView(change: Partial<ListView>): void {
  saved = { ...saved, ...change };
}

export const SORT_OPTIONS: { value: CustomerSort; label: string; column: string }[] = [
  { value: 'balance', label: 'Balance', column: 'balance' },
  { value: 'overdue', label: 'Most overdue', column: 'oldest' },
  { value: 'name', label: 'Name', column: 'name' },
];

/**
 * The list with only the customers who pay one way. Filtered here rather than asked of main: every
 * row already carries its class, and the list is in memory whatever its size. The totals are main's
 * figures for the rows kept, added up, so the summary line still describes what is shown.
 */
export function onlyPaying(list: CustomerList, behaviour: BehaviourClass | null): CustomerList {
  if (behaviour === null) return list;
  const rows = list.rows.filter((r) => r.behaviourClass === behaviour);
  const totals = { balance: 0, overdue: 0 };
  for (const r of rows) {
    totals.balance += r.balance;
    totals.overdue += r.overdue;
  }
  return { ...list, rows, totals };
}
