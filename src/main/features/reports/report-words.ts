import type { AgeingBasis } from '../../../shared/contract/ageing';
import type { CustomerContact } from './reports.repository';

// How printed reports say things: the same words as the screens (renderer/features/customers/words.ts,
// which main cannot import), so a figure has one name on screen and on paper. The buckets' names,
// which both print, are shared: bucketHeading in shared/contract/ageing.ts.

export function basisWords(basis: AgeingBasis): string {
  return basis === 'due' ? 'by due date' : 'by invoice date';
}

/** An address as stacked lines, empty lines left out: street, street, "city postcode", country. */
export function addressLines(a: {
  addressLine1: string;
  addressLine2: string;
  city: string;
  postcode: string;
  country: string;
}): string[] {
  return [a.addressLine1, a.addressLine2, [a.city, a.postcode].filter(Boolean).join(' '), a.country]
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Whom to ask and how, as lines: the contact's name, phone, email. */
export function contactLines(c: CustomerContact): string[] {
  return [c.contactName, c.phone, c.email].map((l) => l.trim()).filter((l) => l !== '');
}

/** "1 invoice", "12 invoices". */
export function counted(n: number, one: string, format: (n: number) => string): string {
  return `${format(n)} ${n === 1 ? one : `${one}s`}`;
}

/** Days overdue as the detail table shows them: a count, or why there is none. */
export function overdueWords(days: number, format: (n: number) => string): string {
  if (days > 0) return format(days);
  return days === 0 ? 'Due today' : 'Not due';
}
