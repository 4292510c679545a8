import type { Updateable } from 'kysely';
import {
  type CustomerCreateInput,
  type CustomerDto,
  type CustomerUpdateInput,
  customerCreateInput,
  customerUpdateInput,
} from '../../../shared/contract/customers';
import { DulyError } from '../../../shared/errors';
import { type Ctx, stamp } from '../../context';
import { nameKey } from './customer-names';
import type { CustomersTable } from './customers.table';

type CustomerRow = Omit<CustomersTable, 'id'> & { id: number };

export function toCustomerDto(row: CustomerRow, tags: string[]): CustomerDto {
  return {
    id: row.id,
    ref: row.ref,
    name: row.name,
    contactName: row.contact_name,
    email: row.email,
    phone: row.phone,
    addressLine1: row.address_line1,
    addressLine2: row.address_line2,
    postcode: row.postcode,
    city: row.city,
    country: row.country,
    paymentTermsDays: row.payment_terms_days,
    creditLimit: row.credit_limit,
    tags,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function tagsOf({ books }: Ctx, customerId: number): string[] {
  return books
    .all(
      books.db.selectFrom('customer_tags').select('tag').where('customer_id', '=', customerId).orderBy('tag'),
    )
    .map((r) => r.tag);
}

function setTags({ books }: Ctx, customerId: number, tags: string[]): void {
  books.run(books.db.deleteFrom('customer_tags').where('customer_id', '=', customerId));
  const unique = [...new Map(tags.map((t) => [t.toLowerCase(), t])).values()];
  if (unique.length > 0) {
    books.run(
      books.db.insertInto('customer_tags').values(unique.map((tag) => ({ customer_id: customerId, tag }))),
    );
  }
}

export function getCustomer(ctx: Ctx, id: number): CustomerDto {
  const { books } = ctx;
  const row = books.first(books.db.selectFrom('customers').selectAll().where('id', '=', id));
  if (!row) throw new DulyError('not_found', `There is no customer with id ${id}.`);
  return toCustomerDto(row, tagsOf(ctx, id));
}

/** For inputs that name a customer: a missing one is the input's fault, reported at the field. */
export function requireCustomer({ books }: Ctx, id: number, field = 'customerId'): void {
  const row = books.first(books.db.selectFrom('customers').select('id').where('id', '=', id));
  if (!row) throw new DulyError('validation', 'Choose a customer that is in the books.', { field });
}

export function findCustomerIdByRef({ books }: Ctx, ref: string): number | undefined {
  return books.first(books.db.selectFrom('customers').select('id').where('ref', '=', ref.trim()))?.id;
}

function assertRefFree({ books }: Ctx, ref: string, exceptId?: number): void {
  let q = books.db.selectFrom('customers').select(['id', 'name']).where('ref', '=', ref);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  const clash = books.first(q);
  if (clash) {
    throw new DulyError('conflict', `The reference ${ref} already belongs to ${clash.name}.`, {
      field: 'ref',
    });
  }
}

export function createCustomer(ctx: Ctx, raw: CustomerCreateInput): CustomerDto {
  const input = customerCreateInput.parse(raw);
  const { books } = ctx;
  return books.transaction(() => {
    assertRefFree(ctx, input.ref);
    const now = stamp(ctx);
    const { id } = books.first(
      books.db
        .insertInto('customers')
        .values({
          ref: input.ref,
          name: input.name,
          name_key: nameKey(input.name),
          contact_name: input.contactName,
          email: input.email,
          phone: input.phone,
          address_line1: input.addressLine1,
          address_line2: input.addressLine2,
          postcode: input.postcode,
          city: input.city,
          country: input.country,
          payment_terms_days: input.paymentTermsDays,
          credit_limit: input.creditLimit,
          import_id: null,
          created_at: now,
          updated_at: now,
        })
        .returning('id'),
    )!;
    setTags(ctx, id, input.tags);
    return getCustomer(ctx, id);
  });
}

export function updateCustomer(ctx: Ctx, raw: CustomerUpdateInput): CustomerDto {
  const input = customerUpdateInput.parse(raw);
  const { books } = ctx;
  return books.transaction(() => {
    getCustomer(ctx, input.id);
    if (input.ref !== undefined) assertRefFree(ctx, input.ref, input.id);
    const set: Updateable<CustomersTable> = { updated_at: stamp(ctx) };
    if (input.ref !== undefined) set.ref = input.ref;
    if (input.name !== undefined) {
      set.name = input.name;
      set.name_key = nameKey(input.name);
    }
    if (input.contactName !== undefined) set.contact_name = input.contactName;
    if (input.email !== undefined) set.email = input.email;
    if (input.phone !== undefined) set.phone = input.phone;
    if (input.addressLine1 !== undefined) set.address_line1 = input.addressLine1;
    if (input.addressLine2 !== undefined) set.address_line2 = input.addressLine2;
    if (input.postcode !== undefined) set.postcode = input.postcode;
    if (input.city !== undefined) set.city = input.city;
    if (input.country !== undefined) set.country = input.country;
    if (input.paymentTermsDays !== undefined) set.payment_terms_days = input.paymentTermsDays;
    if (input.creditLimit !== undefined) set.credit_limit = input.creditLimit;
    books.run(books.db.updateTable('customers').set(set).where('id', '=', input.id));
    if (input.tags !== undefined) setTags(ctx, input.id, input.tags);
    return getCustomer(ctx, input.id);
  });
}
