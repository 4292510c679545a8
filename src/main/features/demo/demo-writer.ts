import { BatchInsert, nextId } from '../../db/batch-insert';
import type { Books } from '../../db/books';
import { nameKey } from '../customers/customer-names';
import type { ShopPlan } from './shop-plan';

// Writes a planned shop with cached prepared statements: 200,000 invoices through kysely's query
// compiler would take longer than the whole budget. Derived columns start as "nothing applied yet"
// (open = total, unapplied = amount); the allocation service derives the real values afterwards,
// by the same rules as for every other write.
//
// Rows go in customer by customer, so one customer's invoices and payments sit together in the
// file, while their numbers follow issue dates across the shop. Recomputing allocations, which
// works customer by customer, then reads and rewrites neighbouring rows: the large shop is created
// in about three quarters of the time it takes with rows in date order.

export interface DemoProgress {
  phase: string;
  done: number;
  total: number;
}

export type ProgressListener = (p: DemoProgress) => void;

/** Often enough for a progress bar, rarely enough to cost nothing. */
const REPORT_EVERY = 5_000;

export function progressReporter(listener: ProgressListener | undefined, phase: string, total: number) {
  listener?.({ phase, done: 0, total });
  return (done: number): void => {
    if (listener && done > 0 && (done % REPORT_EVERY === 0 || done === total))
      listener({ phase, done, total });
  };
}

export const DEMO_SOURCE = 'demo';

export function writeShop(
  books: Books,
  plan: ShopPlan,
  currency: string,
  stamp: string,
  onProgress?: ProgressListener,
): void {
  const iso = (day: number) => plan.calendar.isoOf(day);
  const docs = plan.documents;

  const insertCustomer = books.prepare(
    `INSERT INTO customers (ref, name, name_key, contact_name, email, phone, address_line1, address_line2,
       postcode, city, country, payment_terms_days, credit_limit, import_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const insertTag = books.prepare('INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)');
  let report = progressReporter(onProgress, 'customers', plan.customers.length);
  plan.customers.forEach((c, i) => {
    const who = c.identity;
    const ref = `C${String(i + 1).padStart(5, '0')}`;
    const { lastInsertRowid } = insertCustomer.run(
      ref,
      who.name,
      nameKey(who.name),
      who.contactName,
      who.email,
      who.phone,
      who.addressLine1,
      who.addressLine2,
      who.postcode,
      who.city,
      who.country,
      c.terms,
      c.creditLimit,
      stamp,
      stamp,
    );
    c.id = Number(lastInsertRowid);
    for (const tag of c.tags) insertTag.run(c.id, tag);
    report(i + 1);
  });

  const invoices = new BatchInsert(
    books,
    'invoices',
    'id, number, customer_id, issue_date, due_date, total, currency, source, import_id, open_amount, paid_on, created_at',
    '(?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?)',
  );
  report = progressReporter(onProgress, 'invoices', plan.invoices.length);
  let id = nextId(books, 'invoices');
  let done = 0;
  for (const d of docs) {
    for (const inv of d.invoices) {
      inv.id = id++;
      const { customer, total } = inv;
      invoices.add(
        inv.id,
        inv.number,
        customer.id,
        iso(inv.issue),
        iso(inv.due),
        total,
        currency,
        DEMO_SOURCE,
        total,
        stamp,
      );
      report(++done);
    }
  }
  invoices.flush();

  const creditNotes = new BatchInsert(
    books,
    'credit_notes',
    'number, customer_id, date, amount, reason, invoice_id, source, import_id, unapplied, applied_on, created_at',
    '(?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?)',
  );
  report = progressReporter(onProgress, 'credit notes', plan.creditNotes.length);
  done = 0;
  for (const d of docs) {
    for (const cn of d.creditNotes) {
      const invoiceId = cn.invoice?.id ?? null;
      creditNotes.add(
        cn.number,
        cn.customer.id,
        iso(cn.day),
        cn.amount,
        cn.reason,
        invoiceId,
        DEMO_SOURCE,
        cn.amount,
        stamp,
      );
      report(++done);
    }
  }
  creditNotes.flush();

  // A named invoice, up to its open balance (amount NULL): what a remittance line says. Targets go
  // in after the payments they belong to.
  const targets = new BatchInsert(
    books,
    'payment_targets',
    'payment_id, position, invoice_id, amount',
    '(?, 0, ?, NULL)',
    undefined,
    true,
  );
  const payments = new BatchInsert(
    books,
    'payments',
    'id, ref, customer_id, date, amount, method, note, source, import_id, unapplied, applied_on, created_at',
    '(?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?)',
    targets,
  );
  report = progressReporter(onProgress, 'payments', plan.payments.length);
  id = nextId(books, 'payments');
  done = 0;
  for (const d of docs) {
    for (const p of d.payments) {
      const paymentId = id++;
      payments.add(
        paymentId,
        p.ref,
        p.customer.id,
        iso(p.day),
        p.amount,
        p.method,
        p.note,
        DEMO_SOURCE,
        p.amount,
        stamp,
      );
      if (p.invoice) targets.add(paymentId, p.invoice.id);
      report(++done);
    }
  }
  payments.flush();
}
