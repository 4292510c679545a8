import type { CustomerCreateInput, CustomerDto } from '../../shared/contract/customers';
import type { InvoiceDto } from '../../shared/contract/invoices';
import type { CreditNoteDto, PaymentDto } from '../../shared/contract/payments';
import { addDays, type IsoDate } from '../../shared/dates';
import type { Ctx } from '../context';
import { createCustomer } from '../features/customers/customers.service';
import { createInvoice } from '../features/invoices/invoices.service';
import { createCreditNote, recordPayment } from '../features/payments/payments.service';

let counter = 0;

export function aCustomer(ctx: Ctx, over: Partial<CustomerCreateInput> = {}): CustomerDto {
  counter++;
  return createCustomer(ctx, {
    ref: `C${String(counter).padStart(4, '0')}`,
    name: `Customer ${counter}`,
    ...over,
  });
}

export function anInvoice(
  ctx: Ctx,
  customer: { id: number },
  number: string,
  issueDate: IsoDate,
  dueDate: IsoDate,
  total: number,
): InvoiceDto {
  return createInvoice(ctx, { customerId: customer.id, number, issueDate, dueDate, total });
}

export function aPayment(
  ctx: Ctx,
  customer: { id: number },
  ref: string,
  date: IsoDate,
  amount: number,
  invoice?: { id: number },
): PaymentDto {
  return recordPayment(ctx, {
    customerId: customer.id,
    ref,
    date,
    amount,
    targets: invoice ? [{ invoiceId: invoice.id }] : [],
  });
}

/** Numbered per set of books (N1, N2, …), as a test numbering its own invoices would. */
const dueInvoices = new WeakMap<Ctx, number>();

/**
 * An invoice issued 30 days before it is due, paid in full (payment P-<number>) `daysLate` days
 * after its due date, or left unpaid when daysLate is null: the history behaviour is judged on.
 */
export function anInvoiceDue(
  ctx: Ctx,
  customer: { id: number },
  due: IsoDate,
  amount: number,
  daysLate: number | null,
): InvoiceDto {
  const n = (dueInvoices.get(ctx) ?? 0) + 1;
  dueInvoices.set(ctx, n);
  const made = anInvoice(ctx, customer, `N${n}`, addDays(due, -30), due, amount);
  if (daysLate !== null) aPayment(ctx, customer, `P-N${n}`, addDays(due, daysLate), amount, made);
  return made;
}

export function aCreditNote(
  ctx: Ctx,
  customer: { id: number },
  number: string,
  date: IsoDate,
  amount: number,
  invoice?: { id: number },
): CreditNoteDto {
  return createCreditNote(ctx, {
    customerId: customer.id,
    number,
    date,
    amount,
    invoiceId: invoice?.id ?? null,
  });
}
