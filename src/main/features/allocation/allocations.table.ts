import type { Generated } from 'kysely';

export interface AllocationsTable {
  id: Generated<number>;
  customer_id: number;
  invoice_id: number;
  payment_id: number | null;
  credit_note_id: number | null;
  amount: number;
  /** When the application takes effect: the later of the payment's date and the invoice's issue date. */
  date: string;
}
