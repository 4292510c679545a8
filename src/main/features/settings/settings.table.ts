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
  phone: string;
  email: string;
  tax_number: string;
  payment_details: string;
  payment_reference: string;
  payment_link: string;
  paper: 'a4' | 'letter';
  signature_name: string;
  envelope_unit: 'mm' | 'in';
  /** Tenths of a millimetre, -200 to 200: how far the envelope's window sits from the standard one. */
  envelope_offset_x: number;
  envelope_offset_y: number;
  updated_at: string;
}

/** The business's logo (one row at most), printed at the head of letters and statements. */
export interface BusinessLogoTable {
  id: number;
  mime_type: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  bytes: Uint8Array;
  updated_at: string;
}
