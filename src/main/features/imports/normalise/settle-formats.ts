import type { DecimalSeparator } from '../../../../shared/money';
import type { Cell, RawRecords } from '../profiles/types';
import { detectDecimal } from '../read/amounts';
import { type DateOrder, dateShape, ordersAllowed, resolveDate } from '../read/dates';

// How to read this file's numeric dates and amounts, decided once from all of its cells.

export interface DateSettlement {
  /** The order to read numeric dates in; null when the file has none or cannot tell. */
  order: DateOrder | null;
  /** True when numeric dates exist and the file allows both orders. */
  ambiguous: boolean;
  /** Numeric dates that could be read either way, to show the owner when asking. */
  examples: string[];
  /** How the order was decided, for the summary. */
  reason: string;
}

export function dateCells(raw: RawRecords): Cell[] {
  const cells: Cell[] = [];
  const add = (c: Cell | undefined) => {
    if (c && c.text !== '') cells.push(c);
  };
  for (const i of raw.invoices) {
    add(i.issueDate);
    add(i.dueDate);
    add(i.paidDate);
  }
  for (const p of raw.payments) add(p.date);
  for (const c of raw.creditNotes) add(c.date);
  return cells;
}

export function settleDateOrder(raw: RawRecords, thisYear: number, chosen?: DateOrder): DateSettlement {
  const cells = dateCells(raw);
  const numeric = cells.filter((c) => dateShape(c.text, thisYear).kind === 'numeric');
  if (numeric.length === 0)
    return { order: null, ambiguous: false, examples: [], reason: 'no day/month dates' };
  if (chosen) return { order: chosen, ambiguous: false, examples: [], reason: 'as you chose' };
  let possible = new Set<DateOrder>(['DMY', 'MDY']);
  for (const c of numeric) {
    const allowed = ordersAllowed(dateShape(c.text, thisYear));
    possible = new Set([...possible].filter((o) => allowed.has(o)));
  }
  if (possible.size === 1) {
    return { order: [...possible][0]!, ambiguous: false, examples: [], reason: 'a day above 12 settles it' };
  }
  if (possible.size === 0) {
    // The file contradicts itself; read it the way most of its dates allow, so the few that do
    // not fit are reported where they are.
    const dmy = numeric.filter((c) => ordersAllowed(dateShape(c.text, thisYear)).has('DMY')).length;
    const order: DateOrder = dmy >= numeric.length - dmy ? 'DMY' : 'MDY';
    return { order, ambiguous: false, examples: [], reason: 'most dates read this way' };
  }
  // Both fit every date: due dates before issue dates rule an order out.
  const fits = (order: DateOrder) =>
    raw.invoices.every((i) => {
      if (!i.dueDate) return true;
      const issue = resolveDate(dateShape(i.issueDate.text, thisYear), order);
      const due = resolveDate(dateShape(i.dueDate.text, thisYear), order);
      return issue === null || due === null || due >= issue;
    });
  const remaining = (['DMY', 'MDY'] as const).filter(fits);
  if (remaining.length === 1) {
    return {
      order: remaining[0]!,
      ambiguous: false,
      examples: [],
      reason: 'due dates fall after issue dates only this way',
    };
  }
  return {
    order: null,
    ambiguous: true,
    examples: numeric.slice(0, 3).map((c) => c.text),
    reason: 'cannot tell',
  };
}

export function amountCells(raw: RawRecords): string[] {
  const out: string[] = [];
  const add = (c: Cell | undefined) => {
    if (c) out.push(c.text);
  };
  for (const i of raw.invoices) {
    add(i.total);
    add(i.lineAmount);
    add(i.paid);
    add(i.balance);
    for (const p of i.plus ?? []) add(p);
  }
  for (const p of raw.payments) {
    add(p.amount);
    for (const t of p.targets) add(t.amount);
  }
  for (const c of raw.creditNotes) add(c.amount);
  for (const c of raw.customers) add(c.creditLimit);
  return out;
}

export function settleDecimal(raw: RawRecords, semicolonFile: boolean): DecimalSeparator {
  return detectDecimal(amountCells(raw), semicolonFile);
}
