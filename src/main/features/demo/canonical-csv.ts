import fs from 'node:fs';
import path from 'node:path';
import { minorDigits, toDecimalString } from '../../../shared/money';
import type { Ctx } from '../../context';
import { getSettings } from '../settings/settings.service';

// The books in Duly's own CSV files (read back by the canonical import profile): for the import
// benchmark and for round-trip tests. UTF-8 without a byte-order mark, \n line ends, RFC 4180
// quoting. Rows stream from SQLite into chunks of text written as they fill, so 200,000 invoices
// never sit in memory as objects.

type Cell = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const CHUNK_CHARS = 1 << 18;

interface CsvFile {
  name: string;
  header: string;
  sql: string;
  /** One row's cells, as text, in header order. */
  format: (row: Cell[], money: (minor: number) => string) => string[];
}

const text = (v: Cell | undefined): string => (v === null || v === undefined ? '' : String(v));

const FILES: readonly CsvFile[] = [
  {
    name: 'customers.csv',
    header:
      'customer_ref,name,email,payment_terms_days,credit_limit,contact_name,phone,address_line1,address_line2,postcode,city,country',
    sql: `SELECT ref, name, email, payment_terms_days, credit_limit, contact_name, phone, address_line1,
                 address_line2, postcode, city, country
            FROM customers ORDER BY id`,
    format: (r, money) => r.map((v, i) => (i === 4 && v !== null ? money(v as number) : text(v))),
  },
  {
    name: 'invoices.csv',
    header: 'invoice_number,customer_ref,issue_date,due_date,total',
    sql: `SELECT i.number, c.ref, i.issue_date, i.due_date, i.total
            FROM invoices i JOIN customers c ON c.id = i.customer_id
           ORDER BY i.issue_date, i.id`,
    format: (r, money) => [text(r[0]), text(r[1]), text(r[2]), text(r[3]), money(r[4] as number)],
  },
  {
    // The file has one invoice column; a payment that names several invoices lists them
    // separated by ";" (the amount named for each is not written).
    name: 'payments.csv',
    header: 'payment_ref,customer_ref,date,amount,invoice_number',
    sql: `SELECT p.ref, c.ref, p.date, p.amount,
                 (SELECT group_concat(i.number, ';' ORDER BY t.position)
                    FROM payment_targets t JOIN invoices i ON i.id = t.invoice_id
                   WHERE t.payment_id = p.id)
            FROM payments p JOIN customers c ON c.id = p.customer_id
           ORDER BY p.date, p.id`,
    format: (r, money) => [text(r[0]), text(r[1]), text(r[2]), money(r[3] as number), text(r[4])],
  },
  {
    name: 'credit_notes.csv',
    header: 'credit_note_number,customer_ref,date,amount,invoice_number,reason',
    sql: `SELECT n.number, c.ref, n.date, n.amount, i.number, n.reason
            FROM credit_notes n JOIN customers c ON c.id = n.customer_id
            LEFT JOIN invoices i ON i.id = n.invoice_id
           ORDER BY n.date, n.id`,
    format: (r, money) => [text(r[0]), text(r[1]), text(r[2]), money(r[3] as number), text(r[4]), text(r[5])],
  },
];

/** Writes customers.csv, invoices.csv, payments.csv and credit_notes.csv into `dir`. */
export function writeCanonicalCsv(ctx: Ctx, dir: string): { files: string[] } {
  const { books } = ctx;
  fs.mkdirSync(dir, { recursive: true });
  const digits = minorDigits(getSettings(ctx).currency);
  const money = (minor: number) => toDecimalString(minor, digits);
  // One read transaction: the four files describe the same moment of the books.
  return books.sqlite
    .transaction(() => ({ files: FILES.map((file) => writeFile(ctx, dir, file, money)) }))
    .deferred();
}

function writeFile(ctx: Ctx, dir: string, file: CsvFile, money: (minor: number) => string): string {
  const target = path.join(dir, file.name);
  const fd = fs.openSync(target, 'w');
  try {
    let chunk = `${file.header}\n`;
    // raw(): rows as arrays, cheaper than objects; this module's statements are only used this way.
    const rows = ctx.books.prepare(file.sql).raw(true).iterate() as IterableIterator<Cell[]>;
    for (const row of rows) {
      const cells = file.format(row, money);
      let line = csvField(cells[0]!);
      for (let i = 1; i < cells.length; i++) line += `,${csvField(cells[i]!)}`;
      chunk += `${line}\n`;
      if (chunk.length >= CHUNK_CHARS) {
        fs.writeSync(fd, chunk);
        chunk = '';
      }
    }
    if (chunk !== '') fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  return target;
}
