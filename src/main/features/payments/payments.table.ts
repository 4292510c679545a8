import type { Generated } from 'kysely';

export interface PaymentsTable {
  id: Generated<number>;
  ref: string;
  customer_id: number;
  date: string;
  amount: number;
  method: string;
  note: string;
  /** The invoice the payer named, if any. */
  invoice_id: number | null;
  source: string;
  import_id: number | null;
  /** Derived by the allocation service: what is not applied to any invoice. */
  unapplied: number;
  /** Derived: the date the payment became fully applied, NULL while credit remains. */
  applied_on: string | null;
  created_at: string;
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
