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
  updated_at: string;
}
