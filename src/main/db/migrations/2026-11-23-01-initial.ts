import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration must keep producing the same schema forever, so it is written
// against Kysely<any> and plain SQL, never against today's table types.

const DATE = (col: string) => `CHECK (${col} GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')`;

const statements = [
  `CREATE TABLE settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    business_name TEXT NOT NULL DEFAULT '',
    address_line1 TEXT NOT NULL DEFAULT '',
    address_line2 TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'GBP' CHECK (length(currency) = 3),
    locale TEXT NOT NULL DEFAULT 'en-GB',
    date_format TEXT NOT NULL DEFAULT 'DD/MM/YYYY',
    default_payment_terms_days INTEGER NOT NULL DEFAULT 30 CHECK (default_payment_terms_days BETWEEN 0 AND 3650),
    updated_at TEXT NOT NULL
  )`,
  "INSERT INTO settings (id, updated_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
  `CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    files TEXT NOT NULL,
    summary TEXT NOT NULL
  )`,
  `CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(ref)) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key TEXT NOT NULL,
    contact_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address_line1 TEXT NOT NULL DEFAULT '',
    address_line2 TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    payment_terms_days INTEGER CHECK (payment_terms_days BETWEEN 0 AND 3650),
    credit_limit INTEGER CHECK (credit_limit >= 0),
    import_id INTEGER REFERENCES imports(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  'CREATE INDEX customers_name_key ON customers(name_key)',
  `CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (customer_id, tag)
  ) WITHOUT ROWID`,
  'CREATE INDEX customer_tags_tag ON customer_tags(tag)',
  // open_amount and paid_on are derived from allocations (kept by the allocation service) so that
  // "what is open today" reads a small partial index, and "what was open on D" only visits
  // invoices paid after D.
  `CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    issue_date TEXT NOT NULL ${DATE('issue_date')},
    due_date TEXT NOT NULL ${DATE('due_date')},
    total INTEGER NOT NULL CHECK (total >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    source TEXT NOT NULL,
    import_id INTEGER REFERENCES imports(id),
    open_amount INTEGER NOT NULL CHECK (open_amount BETWEEN 0 AND total),
    paid_on TEXT,
    created_at TEXT NOT NULL,
    CHECK (due_date >= issue_date)
  )`,
  'CREATE INDEX invoices_customer ON invoices(customer_id, issue_date)',
  'CREATE INDEX invoices_open ON invoices(customer_id, due_date) WHERE paid_on IS NULL',
  'CREATE INDEX invoices_paid_on ON invoices(paid_on, issue_date) WHERE paid_on IS NOT NULL',
  `CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE CHECK (length(trim(ref)) > 0),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    date TEXT NOT NULL ${DATE('date')},
    amount INTEGER NOT NULL CHECK (amount > 0),
    method TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    import_id INTEGER REFERENCES imports(id),
    unapplied INTEGER NOT NULL CHECK (unapplied BETWEEN 0 AND amount),
    applied_on TEXT,
    created_at TEXT NOT NULL
  )`,
  'CREATE INDEX payments_customer ON payments(customer_id, date)',
  'CREATE INDEX payments_open ON payments(customer_id, date) WHERE applied_on IS NULL',
  'CREATE INDEX payments_applied_on ON payments(applied_on, date) WHERE applied_on IS NOT NULL',
  // The invoices a payer named, in the order named; amount NULL: "up to its open balance".
  `CREATE TABLE payment_targets (
    payment_id INTEGER NOT NULL REFERENCES payments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    amount INTEGER CHECK (amount > 0),
    PRIMARY KEY (payment_id, position)
  ) WITHOUT ROWID`,
  'CREATE INDEX payment_targets_invoice ON payment_targets(invoice_id)',
  `CREATE TABLE credit_notes (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    date TEXT NOT NULL ${DATE('date')},
    amount INTEGER NOT NULL CHECK (amount > 0),
    reason TEXT NOT NULL DEFAULT '',
    invoice_id INTEGER REFERENCES invoices(id),
    source TEXT NOT NULL,
    import_id INTEGER REFERENCES imports(id),
    unapplied INTEGER NOT NULL CHECK (unapplied BETWEEN 0 AND amount),
    applied_on TEXT,
    created_at TEXT NOT NULL
  )`,
  'CREATE INDEX credit_notes_customer ON credit_notes(customer_id, date)',
  'CREATE INDEX credit_notes_open ON credit_notes(customer_id, date) WHERE applied_on IS NULL',
  'CREATE INDEX credit_notes_applied_on ON credit_notes(applied_on, date) WHERE applied_on IS NOT NULL',
  'CREATE INDEX credit_notes_invoice ON credit_notes(invoice_id) WHERE invoice_id IS NOT NULL',
  // One row per (payment or credit note) → invoice application. `date` is when it takes effect:
  // the later of the payment's date and the invoice's issue date.
  `CREATE TABLE allocations (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    payment_id INTEGER REFERENCES payments(id),
    credit_note_id INTEGER REFERENCES credit_notes(id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    date TEXT NOT NULL ${DATE('date')},
    CHECK ((payment_id IS NULL) <> (credit_note_id IS NULL))
  )`,
  'CREATE INDEX allocations_invoice ON allocations(invoice_id, date, amount)',
  'CREATE INDEX allocations_payment ON allocations(payment_id, date, amount) WHERE payment_id IS NOT NULL',
  'CREATE INDEX allocations_credit_note ON allocations(credit_note_id, date, amount) WHERE credit_note_id IS NOT NULL',
  'CREATE INDEX allocations_customer ON allocations(customer_id)',
];

// biome-ignore lint/suspicious/noExplicitAny: frozen in time, never typed against today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
