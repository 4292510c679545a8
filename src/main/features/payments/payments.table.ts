import type { Generated } from 'kysely';

export interface PaymentsTable {
  id: Generated<number>;
  ref: string;
  customer_id: number;
  date: string;
  amount: number;
  method: string;
  note: string;
  source: string;
  import_id: number | null;
  /** Derived by the allocation service: what is not applied to any invoice. */
  unapplied: number;
  /** Derived: the date the payment became fully applied, NULL while credit remains. */
  applied_on: string | null;
  created_at: string;
}

/** The invoices a payer named, in order; amount NULL means "up to its open balance". */
export interface PaymentTargetsTable {
  payment_id: number;
  position: number;
  invoice_id: number;
  amount: number | null;
}

export interface CreditNotesTable {
  id: Generated<number>;
  number: string;
  customer_id: number;
  date: string;
  amount: number;
  reason: string;
  invoice_id: number | null;
  source: string;
  import_id: number | null;
  unapplied: number;
  applied_on: string | null;
  created_at: string;
}
