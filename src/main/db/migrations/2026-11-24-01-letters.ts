import { type Kysely, sql } from 'kysely';

// Frozen in time. Letters and statements: the business's identity and paper in settings (phone,
// email, company or tax number, how to pay, the paper, who signs, how far the owner's envelopes move
// the window), the logo kept in the books, the owner's own wording of each letter (a missing row
// means Duly's default), and every document produced, with the exact PDF, on the customer's history.

const statements = [
  "ALTER TABLE settings ADD COLUMN phone TEXT NOT NULL DEFAULT ''",
  "ALTER TABLE settings ADD COLUMN email TEXT NOT NULL DEFAULT ''",
  "ALTER TABLE settings ADD COLUMN tax_number TEXT NOT NULL DEFAULT ''",
  "ALTER TABLE settings ADD COLUMN payment_details TEXT NOT NULL DEFAULT ''",
  "ALTER TABLE settings ADD COLUMN payment_reference TEXT NOT NULL DEFAULT ''",
  "ALTER TABLE settings ADD COLUMN payment_link TEXT NOT NULL DEFAULT ''",
  "ALTER TABLE settings ADD COLUMN paper TEXT NOT NULL DEFAULT 'a4' CHECK (paper IN ('a4', 'letter'))",
  "ALTER TABLE settings ADD COLUMN signature_name TEXT NOT NULL DEFAULT ''",
  "ALTER TABLE settings ADD COLUMN envelope_unit TEXT NOT NULL DEFAULT 'mm' CHECK (envelope_unit IN ('mm', 'in'))",
  // Tenths of a millimetre, so the offsets are whole numbers: +15 moves the address 1.5 mm right/down.
  'ALTER TABLE settings ADD COLUMN envelope_offset_x INTEGER NOT NULL DEFAULT 0 CHECK (envelope_offset_x BETWEEN -200 AND 200)',
  'ALTER TABLE settings ADD COLUMN envelope_offset_y INTEGER NOT NULL DEFAULT 0 CHECK (envelope_offset_y BETWEEN -200 AND 200)',
  // Books made in North America print on Letter; everyone else on A4.
  "UPDATE settings SET paper = 'letter', envelope_unit = 'in' WHERE locale IN ('en-US', 'es-US', 'en-CA', 'fr-CA')",
  `CREATE TABLE business_logo (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    mime_type TEXT NOT NULL CHECK (mime_type IN ('image/png', 'image/jpeg')),
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    bytes BLOB NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  `CREATE TABLE letter_templates (
    key TEXT PRIMARY KEY CHECK (key IN ('courtesy', 'friendly', 'firm', 'final', 'statement')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    email_body TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) WITHOUT ROWID`,
  // The bytes apart from the record, so reading a customer's history never pages through PDFs.
  `CREATE TABLE document_files (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    bytes BLOB NOT NULL
  )`,
  `CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('statement', 'activity', 'letter')),
    tone TEXT CHECK (tone IN ('courtesy', 'friendly', 'firm', 'final')),
    as_of TEXT NOT NULL,
    period_from TEXT,
    amount_due INTEGER NOT NULL,
    currency TEXT NOT NULL,
    via TEXT NOT NULL CHECK (via IN ('pdf', 'print', 'email', 'batch')),
    batch_id TEXT,
    file_name TEXT NOT NULL,
    file_id INTEGER NOT NULL REFERENCES document_files(id),
    created_at TEXT NOT NULL
  )`,
  'CREATE INDEX documents_customer ON documents(customer_id, created_at DESC, id DESC)',
  'CREATE INDEX documents_file ON documents(file_id)',
  `CREATE TABLE document_invoices (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    amount_due INTEGER NOT NULL,
    PRIMARY KEY (document_id, invoice_id)
  ) WITHOUT ROWID`,
  'CREATE INDEX document_invoices_invoice ON document_invoices(invoice_id)',
];

// biome-ignore lint/suspicious/noExplicitAny: frozen in time, never typed against today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
