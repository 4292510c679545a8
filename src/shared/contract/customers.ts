import { z } from 'zod';
import type { BehaviourClass, BehaviourSummary } from './behaviour';
import type { CreditNoteDto, PaymentDto } from './payments';

export interface CustomerDto {
  id: number;
  ref: string;
  name: string;
  contactName: string;
  email: string;
  phone: string;
  addressLine1: string;
  addressLine2: string;
  postcode: string;
  city: string;
  country: string;
  /** NULL: the business's default terms apply. */
  paymentTermsDays: number | null;
  /** Minor units; NULL: no limit set. */
  creditLimit: number | null;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

const text = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`);

export const emailField = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === '' || z.email().safeParse(v).success, {
    message: 'This does not look like an email address.',
  });

// Without defaults, so that an update names only what changes (zod applies defaults even to
// omitted optional keys).
const fields = {
  ref: z.string().trim().min(1, 'Give the customer a reference, such as C001.').max(40),
  name: z.string().trim().min(1, 'The customer needs a name.').max(160),
  contactName: text(120),
  email: emailField,
  phone: text(40),
  addressLine1: text(120),
  addressLine2: text(120),
  postcode: text(20),
  city: text(80),
  country: text(80),
  paymentTermsDays: z.number().int().min(0).max(3650).nullable(),
  creditLimit: z.number().int().min(0).nullable(),
  tags: z.array(z.string().trim().min(1).max(40)).max(20),
};

export const customerCreateInput = z.object({
  ...fields,
  contactName: fields.contactName.default(''),
  email: fields.email.default(''),
  phone: fields.phone.default(''),
  addressLine1: fields.addressLine1.default(''),
  addressLine2: fields.addressLine2.default(''),
  postcode: fields.postcode.default(''),
  city: fields.city.default(''),
  country: fields.country.default(''),
  paymentTermsDays: fields.paymentTermsDays.default(null),
  creditLimit: fields.creditLimit.default(null),
  tags: fields.tags.default([]),
});
export type CustomerCreateInput = z.input<typeof customerCreateInput>;

export const customerUpdateInput = z.object({
  id: z.number().int().positive(),
  ...z.object(fields).partial().shape,
});
export type CustomerUpdateInput = z.input<typeof customerUpdateInput>;

export const CUSTOMER_SORTS = ['balance', 'overdue', 'name'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

export const customerListInput = z.object({
  /** Matches name, reference, email or any of the customer's invoice numbers. */
  search: z.string().trim().max(100).default(''),
  /** Natural orders: largest balance first, most overdue first, A to Z. */
  sort: z.enum(CUSTOMER_SORTS).default('balance'),
  /** The other way round. */
  reverse: z.boolean().default(false),
  tag: z.string().trim().max(40).optional(),
});
export type CustomerListInput = z.input<typeof customerListInput>;

export interface CustomerListRow {
  id: number;
  ref: string;
  name: string;
  email: string;
  tags: string[];
  /** What the customer owes today: open invoices minus unapplied credit. */
  balance: number;
  /** Of which past its due date. */
  overdue: number;
  /** Days the oldest unpaid invoice is past due; null when nothing is overdue. */
  oldestDaysOverdue: number | null;
  openInvoices: number;
  /** How they pay, as of today (see contract/behaviour.ts), and its label in plain words. */
  behaviourClass: BehaviourClass;
  behaviourLabel: string;
}

export interface CustomerList {
  asOf: string;
  currency: string;
  rows: CustomerListRow[];
  /** Customers in the books, whatever the search. */
  total: number;
  /** For the rows returned: what they owe together, and how much of it is overdue. */
  totals: { balance: number; overdue: number };
}

export interface CustomerInvoiceRow {
  id: number;
  number: string;
  issueDate: string;
  dueDate: string;
  total: number;
  /** Still owed today. */
  open: number;
  paidOn: string | null;
  /** Days past due today (negative: due in that many days); null when paid. */
  daysOverdue: number | null;
  source: string;
}

export interface CustomerPage {
  asOf: string;
  currency: string;
  customer: CustomerDto;
  /** Open invoices minus unapplied credit. */
  balance: number;
  /** Still owed on invoices, and of it, past due. */
  open: number;
  overdue: number;
  credit: number;
  /** This customer's ageing as of today, every bucket present. */
  ageing: { label: string; amount: number }[];
  /** Newest first; open and paid alike. */
  invoices: CustomerInvoiceRow[];
  /** Newest first, each with where its money went. */
  payments: PaymentDto[];
  creditNotes: CreditNoteDto[];
  /** How they pay, as of today: the class, its label and the reason in one sentence. */
  behaviour: BehaviourSummary;
}
