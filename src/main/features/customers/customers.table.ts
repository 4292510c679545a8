import type { Generated } from 'kysely';

export interface CustomersTable {
  id: Generated<number>;
  ref: string;
  name: string;
  /** Lower-case, accent-free, single-spaced name: how customers named only by name are matched. */
  name_key: string;
  contact_name: string;
  email: string;
  phone: string;
  address_line1: string;
  address_line2: string;
  postcode: string;
  city: string;
  country: string;
  payment_terms_days: number | null;
  credit_limit: number | null;
  import_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface CustomerTagsTable {
  customer_id: number;
  tag: string;
}
