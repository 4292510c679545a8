import type { Problem } from '../../../../shared/errors';
import type { Books } from '../../../db/books';
import { nameKey, refFromName } from '../../customers/customer-names';
import type { CustomerKey, ParsedCustomer, ParsedDetails, Where } from '../normalise/parsed';

// Who each row means. A reference is matched to the books' customers, then to the customers file
// of the same import; a name alone (Xero, QuickBooks, Wave) is matched by its folded name, and a
// customer seen for the first time is added with a reference made from the name. A reference
// that matches nobody, with no name to create the customer from, is an error: the customers file
// is probably missing.

export interface NewCustomer {
  /** 0 until the commit inserts the customer. */
  id: number;
  ref: string;
  name: string;
  details: ParsedDetails;
  where: Where;
}

export type CustomerHandle =
  | { kind: 'existing'; id: number; ref: string; terms: number | null }
  | { kind: 'new'; customer: NewCustomer };

interface BookCustomer {
  id: number;
  ref: string;
  name: string;
  payment_terms_days: number | null;
}

export class CustomerResolver {
  readonly added: NewCustomer[] = [];
  readonly problems: Problem[] = [];
  alreadyThere = 0;
  private readonly byRef = new Map<string, CustomerHandle>();
  private readonly byName = new Map<string, CustomerHandle>();
  private readonly takenRefs = new Set<string>();
  private readonly findByRef;
  private readonly findByName;
  private readonly refExists;

  constructor(books: Books) {
    this.findByRef = books.prepare('SELECT id, ref, name, payment_terms_days FROM customers WHERE ref = ?');
    this.findByName = books.prepare(
      'SELECT id, ref, name, payment_terms_days FROM customers WHERE name_key = ? LIMIT 2',
    );
    this.refExists = books.prepare('SELECT 1 FROM customers WHERE ref = ?').pluck();
  }

  private existing(row: BookCustomer): CustomerHandle {
    return { kind: 'existing', id: row.id, ref: row.ref, terms: row.payment_terms_days };
  }

  private remember(handle: CustomerHandle, ref: string, name: string | undefined): void {
    this.byRef.set(ref.toLowerCase(), handle);
    if (name) {
      const key = nameKey(name);
      if (!this.byName.has(key)) this.byName.set(key, handle);
    }
  }

  private create(ref: string, name: string, details: ParsedDetails, where: Where): CustomerHandle {
    const customer: NewCustomer = { id: 0, ref, name, details, where };
    this.added.push(customer);
    this.takenRefs.add(ref.toLowerCase());
    const handle: CustomerHandle = { kind: 'new', customer };
    this.remember(handle, ref, name);
    return handle;
  }

  /** Customers listed in a customers file. */
  addListed(c: ParsedCustomer): void {
    const ref = c.ref ?? this.refFor(c.name!);
    const known = this.byRef.get(ref.toLowerCase());
    if (known) {
      const knownName = known.kind === 'new' ? known.customer.name : undefined;
      if (known.kind === 'new' && c.name && knownName && nameKey(knownName) !== nameKey(c.name)) {
        this.problems.push({
          ...c.where,
          message: `Customer ${ref} is also listed on row ${known.customer.where.row} of ${known.customer.where.file} under another name.`,
        });
      }
      return;
    }
    const row = this.findByRef.get(ref) as BookCustomer | undefined;
    if (row) {
      this.alreadyThere++;
      this.remember(this.existing(row), row.ref, row.name);
      return;
    }
    if (!c.name) {
      this.problems.push({ ...c.where, field: 'name', message: `Customer ${ref} has no name.` });
      return;
    }
    this.create(ref, c.name, c.details, c.where);
  }

  /** The customer a record names; undefined (with a problem) when it cannot be told. */
  resolve(key: CustomerKey, details: ParsedDetails = {}): CustomerHandle | undefined {
    if (key.ref) {
      const known = this.byRef.get(key.ref.toLowerCase());
      if (known) return known;
      const row = this.findByRef.get(key.ref) as BookCustomer | undefined;
      if (row) {
        const handle = this.existing(row);
        this.remember(handle, row.ref, row.name);
        return handle;
      }
      if (key.name) return this.create(key.ref, key.name, details, key.where);
      this.problems.push({
        ...key.where,
        field: key.column,
        message: `There is no customer ${key.ref}, in the books or in a customers file of this import.`,
      });
      return undefined;
    }
    const name = key.name!;
    const folded = nameKey(name);
    const known = this.byName.get(folded);
    if (known) return known;
    const rows = this.findByName.all(folded) as BookCustomer[];
    if (rows.length > 1) {
      this.problems.push({
        ...key.where,
        field: key.column,
        message: `More than one customer in the books is called ${name}; use a file with customer references.`,
      });
      return undefined;
    }
    if (rows[0]) {
      const handle = this.existing(rows[0]);
      this.remember(handle, rows[0].ref, rows[0].name);
      return handle;
    }
    return this.create(this.refFor(name), name, details, key.where);
  }

  private refFor(name: string): string {
    return refFromName(
      name,
      (ref) => this.takenRefs.has(ref.toLowerCase()) || this.refExists.get(ref) !== undefined,
    );
  }
}

export const handleRef = (h: CustomerHandle): string => (h.kind === 'existing' ? h.ref : h.customer.ref);
export const sameHandle = (a: CustomerHandle, b: CustomerHandle): boolean =>
  a.kind === 'existing' && b.kind === 'existing'
    ? a.id === b.id
    : a.kind === 'new' && b.kind === 'new' && a.customer === b.customer;
