import type { IsoDate } from '../../../../shared/dates';
import type { Minor } from '../../../../shared/money';

// Records after parsing: dates are ISO, amounts are minor units, and every record still knows the
// file and row it came from.

export interface Where {
  file: string;
  row: number;
}

/** How a record names its customer; resolved against the books and the other files later. */
export interface CustomerKey {
  ref?: string;
  name?: string;
  where: Where;
  /** The column that named it, for messages. */
  column: string;
}

export interface ParsedDetails {
  email?: string;
  terms?: number;
  creditLimit?: Minor;
  contactName?: string;
  phone?: string;
  addressLine1?: string;
  addressLine2?: string;
  postcode?: string;
  city?: string;
  country?: string;
}

export interface ParsedCustomer {
  where: Where;
  ref?: string;
  name?: string;
  details: ParsedDetails;
}

export interface ParsedInvoice {
  where: Where;
  number: string;
  customer: CustomerKey;
  issueDate: IsoDate;
  dueDate?: IsoDate;
  /** "Net 30" on the row itself, when there is no due date. */
  termsDays?: number;
  total: Minor;
  /** What the file says has been paid (from a paid, balance or status column). */
  paid?: Minor;
  paidDate?: IsoDate;
  details: ParsedDetails;
}

export interface ParsedTarget {
  invoiceNumber: string;
  amount?: Minor;
  where: Where;
  column: string;
}

export interface ParsedPayment {
  where: Where;
  ref?: string;
  customer: CustomerKey;
  date: IsoDate;
  amount: Minor;
  targets: ParsedTarget[];
  method: string;
  note: string;
}

export interface ParsedCreditNote {
  where: Where;
  number?: string;
  customer: CustomerKey;
  date: IsoDate;
  amount: Minor;
  invoice?: ParsedTarget;
  /** The invoice came from free text: ignore it when no such invoice exists. */
  invoiceIsHint: boolean;
  reason: string;
}

export interface ParsedFile {
  name: string;
  customers: ParsedCustomer[];
  invoices: ParsedInvoice[];
  payments: ParsedPayment[];
  creditNotes: ParsedCreditNote[];
  /** The currency the file states, if it states one. */
  currency?: string;
  exportDate?: IsoDate;
}
