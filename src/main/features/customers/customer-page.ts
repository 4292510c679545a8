import { bucketDefs } from '../../../shared/contract/ageing';
import type { CustomerInvoiceRow, CustomerPage } from '../../../shared/contract/customers';
import type { AllocationDto, CreditNoteDto, PaymentDto } from '../../../shared/contract/payments';
import { daysBetween } from '../../../shared/dates';
import type { Ctx } from '../../context';
import { bucketAmountsByCustomer, creditByCustomer } from '../ageing/ageing.repository';
import { ageingOptions } from '../ageing/ageing.service';
import { behaviourSummary } from '../behaviour/behaviour.service';
import { getSettings } from '../settings/settings.service';
import { getCustomer } from './customers.service';

// Everything a customer's page shows, in one round trip: details, every invoice with what is still
// owed, every payment and credit note with where its money went, the unapplied credit, and the
// customer's ageing from the same SQL as the report, and how they pay.

export function customerPage(ctx: Ctx, id: number): CustomerPage {
  const { books } = ctx;
  return books.sqlite
    .transaction(() => {
      const customer = getCustomer(ctx, id);
      const today = ctx.clock.today();
      const options = ageingOptions(ctx);
      const labels = bucketDefs(options.limits, options.basis).map((d) => d.label);
      const ageing = labels.map((label) => ({ label, amount: 0 }));
      for (const b of bucketAmountsByCustomer(books, today, options, id))
        ageing[b.bucket]!.amount += b.amount;
      const credit = creditByCustomer(books, today, id)[0]?.credit ?? 0;
      const open = ageing.reduce((s, b) => s + b.amount, 0);
      const invoices = invoicesOf(ctx, id, today);
      return {
        asOf: today,
        currency: getSettings(ctx).currency,
        customer,
        balance: open - credit,
        open,
        // Past due whichever way the buckets age (by due date or by invoice date).
        overdue: invoices.reduce(
          (sum, i) => sum + (i.daysOverdue !== null && i.daysOverdue > 0 ? i.open : 0),
          0,
        ),
        credit,
        ageing,
        invoices,
        ...receiptsOf(ctx, id),
        behaviour: behaviourSummary(ctx, today, id),
      };
    })
    .deferred();
}

function invoicesOf({ books }: Ctx, customerId: number, today: string): CustomerInvoiceRow[] {
  const rows = books
    .prepare(
      `SELECT id, number, issue_date AS issueDate, due_date AS dueDate, total, open_amount AS open,
              paid_on AS paidOn, source
         FROM invoices WHERE customer_id = ? ORDER BY issue_date DESC, id DESC`,
    )
    .all(customerId) as Omit<CustomerInvoiceRow, 'daysOverdue'>[];
  return rows.map((r) => ({ ...r, daysOverdue: r.paidOn === null ? daysBetween(r.dueDate, today) : null }));
}

interface AllocationRow {
  payment_id: number | null;
  credit_note_id: number | null;
  invoice_id: number;
  number: string;
  amount: number;
  date: string;
}

function receiptsOf(
  { books }: Ctx,
  customerId: number,
): { payments: PaymentDto[]; creditNotes: CreditNoteDto[] } {
  const allocations = books
    .prepare(
      `SELECT a.payment_id, a.credit_note_id, a.invoice_id, i.number, a.amount, a.date
         FROM allocations a JOIN invoices i ON i.id = a.invoice_id
        WHERE a.customer_id = ? ORDER BY a.id`,
    )
    .all(customerId) as AllocationRow[];
  const byPayment = new Map<number, AllocationDto[]>();
  const byCredit = new Map<number, AllocationDto[]>();
  for (const a of allocations) {
    const map = a.payment_id !== null ? byPayment : byCredit;
    const key = (a.payment_id ?? a.credit_note_id)!;
    const list = map.get(key) ?? [];
    list.push({ invoiceId: a.invoice_id, invoiceNumber: a.number, amount: a.amount, date: a.date });
    map.set(key, list);
  }
  const targets = new Map<number, PaymentDto['targets']>();
  const targetRows = books
    .prepare(
      `SELECT t.payment_id, t.invoice_id, i.number, t.amount FROM payment_targets t
         JOIN payments p ON p.id = t.payment_id JOIN invoices i ON i.id = t.invoice_id
        WHERE p.customer_id = ? ORDER BY t.payment_id, t.position`,
    )
    .all(customerId) as { payment_id: number; invoice_id: number; number: string; amount: number | null }[];
  for (const t of targetRows) {
    const list = targets.get(t.payment_id) ?? [];
    list.push({ invoiceId: t.invoice_id, invoiceNumber: t.number, amount: t.amount });
    targets.set(t.payment_id, list);
  }
  const payments = (
    books
      .prepare(
        `SELECT id, ref, date, amount, method, note, unapplied, source FROM payments
          WHERE customer_id = ? ORDER BY date DESC, id DESC`,
      )
      .all(customerId) as Omit<PaymentDto, 'customerId' | 'targets' | 'allocations'>[]
  ).map((p) => ({
    ...p,
    customerId,
    targets: targets.get(p.id) ?? [],
    allocations: byPayment.get(p.id) ?? [],
  }));
  const creditNotes = (
    books
      .prepare(
        `SELECT id, number, date, amount, reason, invoice_id AS invoiceId, unapplied, source FROM credit_notes
          WHERE customer_id = ? ORDER BY date DESC, id DESC`,
      )
      .all(customerId) as Omit<CreditNoteDto, 'customerId' | 'allocations'>[]
  ).map((c) => ({ ...c, customerId, allocations: byCredit.get(c.id) ?? [] }));
  return { payments, creditNotes };
}
