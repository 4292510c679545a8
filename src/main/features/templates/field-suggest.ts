import { MERGE_FIELDS, type MergeField } from '../../../shared/contract/templates';

// When a template names a field Duly does not know, the refusal suggests the one probably meant:
// first the names people reach for from other tools, then the nearest by edit distance, when it is
// near enough to be a typo rather than a different idea.

const KNOWN = Object.keys(MERGE_FIELDS) as MergeField[];

/** Names other tools use (Xero, QuickBooks, mail merges) for what Duly calls otherwise. */
const OTHER_NAMES: Record<string, MergeField> = {
  amount: 'amount_due',
  amount_owed: 'amount_due',
  balance: 'amount_due',
  balance_due: 'amount_due',
  total: 'amount_due',
  total_due: 'amount_due',
  outstanding: 'amount_due',
  due_date: 'oldest_due_date',
  date_due: 'oldest_due_date',
  days_late: 'days_overdue',
  invoices: 'invoice_list',
  invoice_number: 'invoice_list',
  invoice_numbers: 'invoice_list',
  name: 'customer_name',
  customer: 'customer_name',
  company: 'customer_name',
  first_name: 'contact_name',
  contact: 'contact_name',
  account_number: 'customer_ref',
  customer_number: 'customer_ref',
  reference: 'payment_reference',
  company_name: 'business_name',
  my_name: 'owner_name',
  signature: 'owner_name',
  sender: 'owner_name',
  phone: 'business_phone',
  email: 'business_email',
  bank_details: 'payment_details',
  date: 'today',
  deadline: 'reply_by',
  pay_by: 'reply_by',
  due_by: 'reply_by',
};

/** Levenshtein distance: insertions, deletions and substitutions each cost one. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The field probably meant by an unknown name, or undefined when none is close. */
export function suggestField(name: string): MergeField | undefined {
  const wanted = name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if ((KNOWN as string[]).includes(wanted)) return wanted as MergeField;
  const other = OTHER_NAMES[wanted];
  if (other) return other;
  let best: { field: MergeField; distance: number } | undefined;
  for (const field of KNOWN) {
    const distance = editDistance(wanted, field);
    if (!best || distance < best.distance) best = { field, distance };
  }
  // A typo changes a few letters; beyond about a third of the name it is another word altogether.
  if (best && best.distance <= Math.max(2, Math.floor(wanted.length / 3))) return best.field;
  return undefined;
}
