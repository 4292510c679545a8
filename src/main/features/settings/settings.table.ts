export interface SettingsTable {
  id: number;
  business_name: string;
  address_line1: string;
  address_line2: string;
  postcode: string;
  city: string;
  country: string;
  currency: string;
  locale: string;
  date_format: string;
  default_payment_terms_days: number;
  /** JSON: the upper day limits of the overdue buckets, e.g. [30,60,90]. */
  ageing_limits: string;
  ageing_basis: 'due' | 'issue';
  updated_at: string;
}
