import type { Books } from '../../db/books';

/** What a printed report shows about a customer beside the figures: where they are, whom to ask. */
export interface CustomerContact {
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
}

interface Row {
  id: number;
  ref: string;
  name: string;
  contact_name: string;
  email: string;
  phone: string;
  address_line1: string;
  address_line2: string;
  postcode: string;
  city: string;
  country: string;
}

/** The contact details of these customers, in one query (ids as JSON: no limit on how many). */
export function customerContacts(books: Books, ids: readonly number[]): Map<number, CustomerContact> {
  const out = new Map<number, CustomerContact>();
  if (ids.length === 0) return out;
  const rows = books
    .prepare(
      `SELECT id, ref, name, contact_name, email, phone, address_line1, address_line2, postcode, city, country
         FROM customers WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as Row[];
  for (const r of rows) {
    out.set(r.id, {
      id: r.id,
      ref: r.ref,
      name: r.name,
      contactName: r.contact_name,
      email: r.email,
      phone: r.phone,
      addressLine1: r.address_line1,
      addressLine2: r.address_line2,
      postcode: r.postcode,
      city: r.city,
      country: r.country,
    });
  }
  return out;
}
