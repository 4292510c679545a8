import type { Generated } from 'kysely';

export interface InvoicesTable {
  id: Generated<number>;
  number: string;
  customer_id: number;
  issue_date: string;
  due_date: string;
  total: number;
  currency: string;
  source: string;
  import_id: number | null;
  /** Derived by the allocation service: total minus every allocation. */
  open_amount: number;
  /** Derived: the date the invoice became fully paid, NULL while anything is open. */
  paid_on: string | null;
  created_at: string;
}
