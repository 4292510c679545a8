import { type Kysely, sql } from 'kysely';

// Frozen in time. Payment behaviour reads each customer's most recent invoices by due date, newest
// first: this index holds them in exactly that order, with every column the figures need, so all
// customers are worked out from the index alone, with no sort and no visit to the table. It also
// serves every "this customer's invoices" read that invoices_customer(customer_id, issue_date) did
// (a customer's few hundred invoices sort in no time), so that one goes: one index fewer to keep up
// on every write and to rebuild after a big import.

const statements = [
  'CREATE INDEX invoices_behaviour ON invoices(customer_id, due_date DESC, id DESC, paid_on, total, issue_date)',
  'DROP INDEX invoices_customer',
];

// biome-ignore lint/suspicious/noExplicitAny: frozen in time, never typed against today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
