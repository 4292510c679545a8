import { DulyError } from '../../../shared/errors';
import { type Ctx, stamp } from '../../context';
import { reallocate } from '../allocation/allocation.service';
import { nameKey } from '../customers/customer-names';
import type { CustomerHandle, NewCustomer } from './plan/customers';
import type { ImportPlan, InvoiceHandle, PlannedInvoice } from './plan/plan';

// Writing a checked plan: one transaction, so an import is all or nothing, and a crash or a
// cancel midway leaves the books exactly as they were. Rows go in through prepared statements in
// a tight loop (200,000 invoices take about a second); allocations are then recomputed for the
// customers the import touched.

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'saving' | 'allocating';
  done: number;
  total: number;
}

export interface CommitHooks {
  onProgress?: (p: ImportProgress) => void;
  shouldStop?: () => boolean;
  /** Set the books' currency first (books without invoices adopting the files' currency). */
  currency?: string;
  files: unknown;
  summary: () => unknown;
}

const CHUNK = 5000;

export function commitPlan(ctx: Ctx, plan: ImportPlan, hooks: CommitHooks): number {
  const { books } = ctx;
  const now = stamp(ctx);
  const total = plan.customers.length + plan.invoices.length + plan.payments.length + plan.creditNotes.length;
  let done = 0;
  const step = () => {
    done++;
    if (done % CHUNK === 0) {
      if (hooks.shouldStop?.())
        throw new DulyError('cancelled', 'The import was cancelled; nothing was saved.');
      hooks.onProgress?.({ phase: 'saving', done, total });
    }
  };

  return books.transaction(() => {
    if (hooks.currency)
      books.prepare('UPDATE settings SET currency = ?, updated_at = ? WHERE id = 1').run(hooks.currency, now);
    const currency = books.prepare('SELECT currency FROM settings WHERE id = 1').pluck().get() as string;
    const importId = Number(
      books
        .prepare('INSERT INTO imports (started_at, files, summary) VALUES (?, ?, ?)')
        .run(now, JSON.stringify(hooks.files), '{}').lastInsertRowid,
    );
    const source = `import:${importId}`;

    const customerIds = new Map<NewCustomer, number>();
    const insertCustomer = books.prepare(
      `INSERT INTO customers (ref, name, name_key, contact_name, email, phone, address_line1, address_line2, postcode,
         city, country, payment_terms_days, credit_limit, import_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const c of plan.customers) {
      const d = c.details;
      const id = insertCustomer.run(
        c.ref,
        c.name,
        nameKey(c.name),
        d.contactName ?? '',
        d.email ?? '',
        d.phone ?? '',
        d.addressLine1 ?? '',
        d.addressLine2 ?? '',
        d.postcode ?? '',
        d.city ?? '',
        d.country ?? '',
        d.terms ?? null,
        d.creditLimit ?? null,
        importId,
        now,
        now,
      ).lastInsertRowid;
      customerIds.set(c, Number(id));
      step();
    }
    const touched = new Set<number>();
    const customerId = (h: CustomerHandle): number => {
      const id = h.kind === 'existing' ? h.id : customerIds.get(h.customer)!;
      touched.add(id);
      return id;
    };

    const invoiceIds = new Map<PlannedInvoice, number>();
    const insertInvoice = books.prepare(
      `INSERT INTO invoices (number, customer_id, issue_date, due_date, total, currency, source, import_id,
         open_amount, paid_on, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const inv of plan.invoices) {
      const id = insertInvoice.run(
        inv.number,
        customerId(inv.customer),
        inv.issueDate,
        inv.dueDate,
        inv.total,
        currency,
        source,
        importId,
        inv.total,
        inv.total === 0 ? inv.issueDate : null,
        now,
      ).lastInsertRowid;
      invoiceIds.set(inv, Number(id));
      step();
    }
    const invoiceId = (h: InvoiceHandle): number =>
      h.kind === 'existing' ? h.id : invoiceIds.get(h.invoice)!;

    const insertPayment = books.prepare(
      `INSERT INTO payments (ref, customer_id, date, amount, method, note, source, import_id, unapplied, applied_on, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
    );
    const insertTarget = books.prepare(
      'INSERT INTO payment_targets (payment_id, position, invoice_id, amount) VALUES (?, ?, ?, ?)',
    );
    for (const p of plan.payments) {
      const id = insertPayment.run(
        p.ref,
        customerId(p.customer),
        p.date,
        p.amount,
        p.method,
        p.note,
        p.implied ? `${source}:implied` : source,
        importId,
        p.amount,
        now,
      ).lastInsertRowid;
      p.targets.forEach((t, position) => {
        insertTarget.run(id, position, invoiceId(t.invoice), t.amount);
      });
      step();
    }

    const insertCredit = books.prepare(
      `INSERT INTO credit_notes (number, customer_id, date, amount, reason, invoice_id, source, import_id, unapplied,
         applied_on, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
    );
    for (const c of plan.creditNotes) {
      insertCredit.run(
        c.number,
        customerId(c.customer),
        c.date,
        c.amount,
        c.reason,
        c.invoice ? invoiceId(c.invoice) : null,
        source,
        importId,
        c.amount,
        now,
      );
      step();
    }

    if (hooks.shouldStop?.())
      throw new DulyError('cancelled', 'The import was cancelled; nothing was saved.');
    hooks.onProgress?.({ phase: 'allocating', done: 0, total: touched.size });
    reallocate(books, touched);
    hooks.onProgress?.({ phase: 'allocating', done: touched.size, total: touched.size });
    books
      .prepare('UPDATE imports SET summary = ? WHERE id = ?')
      .run(JSON.stringify(hooks.summary()), importId);
    return importId;
  });
}
