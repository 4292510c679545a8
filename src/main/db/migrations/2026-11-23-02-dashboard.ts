import { type Kysely, sql } from 'kysely';

// Frozen in time. The ageing buckets and basis become settings (every report, statement and the
// command line use them), and the indexes the dashboard's range reads need: by issue date (sales per
// month, for DSO and the trend), by due date (what falls due per month), allocations by date (money
// applied per month, days late of recent payments) and payments by date (collected per month).

const statements = [
  "ALTER TABLE settings ADD COLUMN ageing_limits TEXT NOT NULL DEFAULT '[30,60,90]'",
  "ALTER TABLE settings ADD COLUMN ageing_basis TEXT NOT NULL DEFAULT 'due' CHECK (ageing_basis IN ('due', 'issue'))",
  'CREATE INDEX invoices_issue_date ON invoices(issue_date, total)',
  'CREATE INDEX invoices_due_date ON invoices(due_date, total)',
  'CREATE INDEX allocations_date ON allocations(date, amount, invoice_id, payment_id)',
  'CREATE INDEX payments_date ON payments(date, amount)',
];

// biome-ignore lint/suspicious/noExplicitAny: frozen in time, never typed against today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
