import type { CustomerDto } from '../../../shared/contract/customers';
import type { Books } from '../../db/books';

/** What a printed report shows about a customer beside the figures: where they are, whom to ask. */
export type CustomerContact = Pick<
  CustomerDto,
  | 'id'
  | 'ref'
  | 'name'
  | 'contactName'
  | 'email'
  | 'phone'
  | 'addressLine1'
  | 'addressLine2'
  | 'postcode'
  | 'city'
  | 'country'
>;

/** The contact details of these customers, in one query (ids as JSON: no limit on how many). */
export function customerContacts(books: Books, ids: readonly number[]): Map<number, CustomerContact> {
  if (ids.length === 0) return new Map();
  const rows = books
    .prepare(
      `SELECT id, ref, name, contact_name AS contactName, email, phone, address_line1 AS addressLine1,
              address_line2 AS addressLine2, postcode, city, country
         FROM customers WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as CustomerContact[];
  return new Map(rows.map((r) => [r.id, r]));
}
