import type { InvoiceCreateInput, InvoiceDto } from '../../../shared/contract/invoices';
import { invoiceCreateInput } from '../../../shared/contract/invoices';
import { addDays } from '../../../shared/dates';
import { DulyError } from '../../../shared/errors';
import { type Ctx, stamp } from '../../context';
import { reallocate } from '../allocation/allocation.service';
import { getCustomer, requireCustomer } from '../customers/customers.service';
import { getSettings } from '../settings/settings.service';
import type { InvoicesTable } from './invoices.table';

type InvoiceRow = Omit<InvoicesTable, 'id'> & { id: number };

export function toInvoiceDto(row: InvoiceRow): InvoiceDto {
  return {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    total: row.total,
    currency: row.currency,
    open: row.open_amount,
    paidOn: row.paid_on,
    source: row.source,
  };
}

export function getInvoice({ books }: Ctx, id: number): InvoiceDto {
  const row = books.first(books.db.selectFrom('invoices').selectAll().where('id', '=', id));
  if (!row) throw new DulyError('not_found', `There is no invoice with id ${id}.`);
  return toInvoiceDto(row);
}

/** The customer's own terms, or the business default. */
export function termsFor(ctx: Ctx, customerId: number): number {
  return getCustomer(ctx, customerId).paymentTermsDays ?? getSettings(ctx).defaultPaymentTermsDays;
}

export function createInvoice(ctx: Ctx, raw: InvoiceCreateInput): InvoiceDto {
  const input = invoiceCreateInput.parse(raw);
  const { books } = ctx;
  return books.transaction(() => {
    requireCustomer(ctx, input.customerId);
    const dueDate = input.dueDate ?? addDays(input.issueDate, termsFor(ctx, input.customerId));
    if (dueDate < input.issueDate) {
      throw new DulyError('validation', 'The due date cannot be before the issue date.', {
        field: 'dueDate',
      });
    }
    const clash = books.first(
      books.db.selectFrom('invoices').select('id').where('number', '=', input.number),
    );
    if (clash) {
      throw new DulyError('conflict', `Invoice ${input.number} is already in the books.`, {
        field: 'number',
      });
    }
    const { id } = books.first(
      books.db
        .insertInto('invoices')
        .values({
          number: input.number,
          customer_id: input.customerId,
          issue_date: input.issueDate,
          due_date: dueDate,
          total: input.total,
          currency: getSettings(ctx).currency,
          source: 'manual',
          import_id: null,
          open_amount: input.total,
          paid_on: null,
          created_at: stamp(ctx),
        })
        .returning('id'),
    )!;
    reallocate(books, [input.customerId]);
    return getInvoice(ctx, id);
  });
}
