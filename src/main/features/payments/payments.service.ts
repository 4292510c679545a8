import {
  type AllocationDto,
  type CreditNoteCreateInput,
  type CreditNoteDto,
  creditNoteCreateInput,
  type PaymentDto,
  type PaymentRecordInput,
  paymentRecordInput,
} from '../../../shared/contract/payments';
import { DulyError } from '../../../shared/errors';
import { type Ctx, stamp } from '../../context';
import { reallocate } from '../allocation/allocation.service';
import { requireCustomer } from '../customers/customers.service';

function allocationsOf({ books }: Ctx, column: 'payment_id' | 'credit_note_id', id: number): AllocationDto[] {
  return books
    .all(
      books.db
        .selectFrom('allocations as a')
        .innerJoin('invoices as i', 'i.id', 'a.invoice_id')
        .select(['a.invoice_id', 'i.number', 'a.amount', 'a.date'])
        .where(`a.${column}`, '=', id)
        .orderBy('a.id'),
    )
    .map((r) => ({ invoiceId: r.invoice_id, invoiceNumber: r.number, amount: r.amount, date: r.date }));
}

export function getPayment(ctx: Ctx, id: number): PaymentDto {
  const { books } = ctx;
  const row = books.first(books.db.selectFrom('payments').selectAll().where('id', '=', id));
  if (!row) throw new DulyError('not_found', `There is no payment with id ${id}.`);
  return {
    id: row.id,
    ref: row.ref,
    customerId: row.customer_id,
    date: row.date,
    amount: row.amount,
    method: row.method,
    note: row.note,
    targets: books
      .all(
        books.db
          .selectFrom('payment_targets as t')
          .innerJoin('invoices as i', 'i.id', 't.invoice_id')
          .select(['t.invoice_id', 'i.number', 't.amount'])
          .where('t.payment_id', '=', id)
          .orderBy('t.position'),
      )
      .map((t) => ({ invoiceId: t.invoice_id, invoiceNumber: t.number, amount: t.amount })),
    unapplied: row.unapplied,
    allocations: allocationsOf(ctx, 'payment_id', id),
    source: row.source,
  };
}

export function getCreditNote(ctx: Ctx, id: number): CreditNoteDto {
  const { books } = ctx;
  const row = books.first(books.db.selectFrom('credit_notes').selectAll().where('id', '=', id));
  if (!row) throw new DulyError('not_found', `There is no credit note with id ${id}.`);
  return {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    date: row.date,
    amount: row.amount,
    reason: row.reason,
    invoiceId: row.invoice_id,
    unapplied: row.unapplied,
    allocations: allocationsOf(ctx, 'credit_note_id', id),
    source: row.source,
  };
}

/**
 * The next free reference like PAY-000042: one more than the highest number in use after the
 * prefix, however it is padded (PAY-0001 from one tool, PAY-000002 from another).
 */
export function nextReference({ books }: Ctx, table: 'payments' | 'credit_notes', prefix: string): string {
  const column = table === 'payments' ? 'ref' : 'number';
  const highest = books
    .prepare(
      `SELECT MAX(CAST(substr(${column}, ?) AS INTEGER)) FROM ${table}
        WHERE ${column} GLOB ? AND substr(${column}, ?) NOT GLOB '*[^0-9]*'`,
    )
    .pluck()
    .get(prefix.length + 1, `${prefix}[0-9]*`, prefix.length + 1) as number | null;
  const taken = books.prepare(`SELECT 1 FROM ${table} WHERE ${column} = ?`).pluck();
  let next = (highest ?? 0) + 1;
  let ref = `${prefix}${String(next).padStart(6, '0')}`;
  while (taken.get(ref) !== undefined) ref = `${prefix}${String(++next).padStart(6, '0')}`;
  return ref;
}

function assertInvoiceOfCustomer(
  { books }: Ctx,
  invoiceId: number | null,
  customerId: number,
  field: string,
): void {
  if (invoiceId === null) return;
  const inv = books.first(books.db.selectFrom('invoices').select('customer_id').where('id', '=', invoiceId));
  if (!inv || inv.customer_id !== customerId) {
    throw new DulyError('validation', "Choose one of this customer's invoices.", { field });
  }
}

export function recordPayment(ctx: Ctx, raw: PaymentRecordInput): PaymentDto {
  const input = paymentRecordInput.parse(raw);
  const { books } = ctx;
  return books.transaction(() => {
    requireCustomer(ctx, input.customerId);
    input.targets.forEach((t, i) => {
      assertInvoiceOfCustomer(ctx, t.invoiceId, input.customerId, `targets.${i}.invoiceId`);
    });
    const ref = input.ref || nextReference(ctx, 'payments', 'PAY-');
    if (books.first(books.db.selectFrom('payments').select('id').where('ref', '=', ref))) {
      throw new DulyError('conflict', `A payment with reference ${ref} is already recorded.`, {
        field: 'ref',
      });
    }
    const { id } = books.first(
      books.db
        .insertInto('payments')
        .values({
          ref,
          customer_id: input.customerId,
          date: input.date,
          amount: input.amount,
          method: input.method,
          note: input.note,
          source: 'manual',
          import_id: null,
          unapplied: input.amount,
          applied_on: null,
          created_at: stamp(ctx),
        })
        .returning('id'),
    )!;
    if (input.targets.length > 0) {
      books.run(
        books.db.insertInto('payment_targets').values(
          input.targets.map((t, position) => ({
            payment_id: id,
            position,
            invoice_id: t.invoiceId,
            amount: t.amount,
          })),
        ),
      );
    }
    reallocate(books, [input.customerId]);
    return getPayment(ctx, id);
  });
}

export function createCreditNote(ctx: Ctx, raw: CreditNoteCreateInput): CreditNoteDto {
  const input = creditNoteCreateInput.parse(raw);
  const { books } = ctx;
  return books.transaction(() => {
    requireCustomer(ctx, input.customerId);
    assertInvoiceOfCustomer(ctx, input.invoiceId, input.customerId, 'invoiceId');
    const number = input.number || nextReference(ctx, 'credit_notes', 'CN-');
    if (books.first(books.db.selectFrom('credit_notes').select('id').where('number', '=', number))) {
      throw new DulyError('conflict', `Credit note ${number} is already recorded.`, { field: 'number' });
    }
    const { id } = books.first(
      books.db
        .insertInto('credit_notes')
        .values({
          number,
          customer_id: input.customerId,
          date: input.date,
          amount: input.amount,
          reason: input.reason,
          invoice_id: input.invoiceId,
          source: 'manual',
          import_id: null,
          unapplied: input.amount,
          applied_on: null,
          created_at: stamp(ctx),
        })
        .returning('id'),
    )!;
    reallocate(books, [input.customerId]);
    return getCreditNote(ctx, id);
  });
}
