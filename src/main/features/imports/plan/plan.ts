import { addDays, type IsoDate } from '../../../../shared/dates';
import type { Problem } from '../../../../shared/errors';
import { type Minor, toDecimalString } from '../../../../shared/money';
import type { Ctx } from '../../../context';
import type { ParsedFile, ParsedInvoice, ParsedTarget, Where } from '../normalise/parsed';
import { type CustomerHandle, CustomerResolver, handleRef, type NewCustomer, sameHandle } from './customers';
import { planImpliedPayments } from './implied-payments';

// Everything the files say, checked against the books and against each other, before a single
// row is written: new customers, invoices, payments and credit notes; what is already in the books
// (matched on invoice number, payment reference, credit note number) and is therefore skipped; and
// every problem, each naming its file, row and field.

export type InvoiceHandle =
  | { kind: 'existing'; id: number; customerId: number; total: Minor; open: Minor; issueDate: IsoDate }
  | { kind: 'new'; invoice: PlannedInvoice };

/** `id` is 0 until the commit numbers the rows it inserts. */
export interface PlannedInvoice {
  id: number;
  where: Where;
  number: string;
  customer: CustomerHandle;
  issueDate: IsoDate;
  dueDate: IsoDate;
  dueFromTerms: boolean;
  total: Minor;
}

export interface PlannedPayment {
  id: number;
  where: Where;
  ref: string;
  customer: CustomerHandle;
  date: IsoDate;
  amount: Minor;
  method: string;
  note: string;
  targets: { invoice: InvoiceHandle; amount: Minor | null }[];
  implied: boolean;
}

export interface PlannedCreditNote {
  id: number;
  where: Where;
  number: string;
  customer: CustomerHandle;
  date: IsoDate;
  amount: Minor;
  reason: string;
  invoice?: InvoiceHandle;
}

export interface ImportPlan {
  customers: NewCustomer[];
  invoices: PlannedInvoice[];
  payments: PlannedPayment[];
  creditNotes: PlannedCreditNote[];
  already: { customers: number; invoices: number; payments: number; creditNotes: number };
  problems: Problem[];
  /** Not errors: differences with the books that were resolved by keeping the books' version. */
  warnings: Problem[];
  notes: string[];
}

interface BookInvoice {
  id: number;
  customer_id: number;
  issue_date: string;
  due_date: string;
  total: number;
  open_amount: number;
}

export interface PlanOptions {
  defaultTermsDays: number;
  digits: number;
}

export function planImport(ctx: Ctx, files: ParsedFile[], options: PlanOptions): ImportPlan {
  const { books } = ctx;
  const customers = new CustomerResolver(books);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const notes: string[] = [];
  const already = { customers: 0, invoices: 0, payments: 0, creditNotes: 0 };
  const money = (m: Minor) => toDecimalString(m, options.digits);

  for (const f of files) for (const c of f.customers) customers.addListed(c);

  const termsOf = (h: CustomerHandle): number | undefined =>
    h.kind === 'existing' ? (h.terms ?? undefined) : h.customer.details.terms;

  // Invoices: across files by number, then against the books.
  const invoiceByNumber = new Map<string, InvoiceHandle>();
  const planned: PlannedInvoice[] = [];
  const findInvoice = books.prepare(
    'SELECT id, customer_id, issue_date, due_date, total, open_amount FROM invoices WHERE number = ?',
  );
  // A first import into empty books (the big one) needs no look-ups at all.
  const exists = (table: string) =>
    books.prepare(`SELECT EXISTS (SELECT 1 FROM ${table})`).pluck().get() === 1;
  const booksHaveInvoices = exists('invoices');
  const booksHavePayments = exists('payments');
  const booksHaveCredits = exists('credit_notes');
  const fromBooks = (number: string): InvoiceHandle | undefined => {
    if (!booksHaveInvoices) return undefined;
    const row = findInvoice.get(number) as BookInvoice | undefined;
    return row
      ? {
          kind: 'existing',
          id: row.id,
          customerId: row.customer_id,
          total: row.total,
          open: row.open_amount,
          issueDate: row.issue_date,
        }
      : undefined;
  };
  const paidInFiles: { invoice: ParsedInvoice; handle: InvoiceHandle; exportDate: IsoDate | undefined }[] =
    [];
  let dueFromTerms = 0;
  for (const f of files) {
    for (const inv of f.invoices) {
      const customer = customers.resolve(inv.customer, inv.details);
      if (!customer) continue;
      const terms = inv.termsDays ?? termsOf(customer) ?? options.defaultTermsDays;
      const dueDate = inv.dueDate ?? addDays(inv.issueDate, terms);
      const seen = invoiceByNumber.get(inv.number);
      if (seen?.kind === 'new') {
        const first = seen.invoice;
        const same =
          sameHandle(first.customer, customer) &&
          first.total === inv.total &&
          first.issueDate === inv.issueDate;
        if (!same) {
          problems.push({
            ...inv.where,
            message: `Invoice ${inv.number} is also in ${first.where.file} (row ${first.where.row}) with different details.`,
          });
        }
        continue;
      }
      const existing = seen ?? fromBooks(inv.number);
      if (existing?.kind === 'existing') {
        invoiceByNumber.set(inv.number, existing);
        const sameCustomer = customer.kind === 'existing' && customer.id === existing.customerId;
        if (!sameCustomer || existing.total !== inv.total || existing.issueDate !== inv.issueDate) {
          warnings.push({
            ...inv.where,
            message:
              `Invoice ${inv.number} is already in the books with different details ` +
              `(${money(existing.total)} on ${existing.issueDate}; the file says ${money(inv.total)} on ${inv.issueDate}). The books were kept.`,
          });
        } else if (inv.paid !== undefined) {
          paidInFiles.push({ invoice: inv, handle: existing, exportDate: f.exportDate });
        }
        already.invoices++;
        continue;
      }
      const plannedInvoice: PlannedInvoice = {
        id: 0,
        where: inv.where,
        number: inv.number,
        customer,
        issueDate: inv.issueDate,
        dueDate,
        dueFromTerms: inv.dueDate === undefined,
        total: inv.total,
      };
      if (inv.dueDate === undefined) dueFromTerms++;
      planned.push(plannedInvoice);
      const handle: InvoiceHandle = { kind: 'new', invoice: plannedInvoice };
      invoiceByNumber.set(inv.number, handle);
      if (inv.paid !== undefined) paidInFiles.push({ invoice: inv, handle, exportDate: f.exportDate });
    }
  }
  if (dueFromTerms > 0) {
    notes.push(
      `${dueFromTerms} invoice${dueFromTerms === 1 ? ' has' : 's have'} no due date; it is worked out from the payment terms.`,
    );
  }

  const customerOfInvoice = (h: InvoiceHandle) => (h.kind === 'new' ? h.invoice.customer : undefined);
  const invoiceFor = (t: ParsedTarget): InvoiceHandle | undefined => {
    const known = invoiceByNumber.get(t.invoiceNumber);
    if (known) return known;
    const existing = fromBooks(t.invoiceNumber);
    if (existing) invoiceByNumber.set(t.invoiceNumber, existing);
    return existing;
  };
  const belongsTo = (h: InvoiceHandle, customer: CustomerHandle) =>
    h.kind === 'existing'
      ? customer.kind === 'existing' && customer.id === h.customerId
      : sameHandle(customerOfInvoice(h)!, customer);

  // Payments.
  const payments: PlannedPayment[] = [];
  const paymentRefs = new Set<string>();
  const findPayment = books.prepare('SELECT customer_id, date, amount FROM payments WHERE ref = ?');
  const autoRef = uniqueRefs();
  for (const f of files) {
    for (const p of f.payments) {
      const customer = customers.resolve(p.customer);
      if (!customer) continue;
      const targets: PlannedPayment['targets'] = [];
      for (const t of p.targets) {
        const invoice = invoiceFor(t);
        if (!invoice) {
          problems.push({
            ...t.where,
            field: t.column,
            message: `There is no invoice ${t.invoiceNumber}, in the books or in these files.`,
          });
        } else if (!belongsTo(invoice, customer)) {
          problems.push({
            ...t.where,
            field: t.column,
            message: `Invoice ${t.invoiceNumber} belongs to another customer.`,
          });
        } else {
          targets.push({ invoice, amount: t.amount ?? null });
        }
      }
      const ref =
        p.ref ?? autoRef(`R-${p.date.replaceAll('-', '')}-${handleRef(customer)}-${money(p.amount)}`);
      if (paymentRefs.has(ref)) {
        problems.push({ ...p.where, message: `Payment ${ref} is in these files twice.` });
        continue;
      }
      paymentRefs.add(ref);
      const existing = booksHavePayments
        ? (findPayment.get(ref) as { customer_id: number; date: string; amount: number } | undefined)
        : undefined;
      if (existing) {
        const same =
          customer.kind === 'existing' &&
          customer.id === existing.customer_id &&
          existing.date === p.date &&
          existing.amount === p.amount;
        if (!same) {
          warnings.push({
            ...p.where,
            message: `Payment ${ref} is already in the books with different details; the books were kept.`,
          });
        }
        already.payments++;
        continue;
      }
      payments.push({
        id: 0,
        where: p.where,
        ref,
        customer,
        date: p.date,
        amount: p.amount,
        method: p.method,
        note: p.note,
        targets,
        implied: false,
      });
    }
  }

  // Credit notes.
  const creditNotes: PlannedCreditNote[] = [];
  const creditNumbers = new Set<string>();
  const findCredit = books.prepare('SELECT 1 FROM credit_notes WHERE number = ?').pluck();
  for (const f of files) {
    for (const c of f.creditNotes) {
      const customer = customers.resolve(c.customer);
      if (!customer) continue;
      let invoice: InvoiceHandle | undefined;
      if (c.invoice) {
        const found = invoiceFor(c.invoice);
        const fits = found !== undefined && belongsTo(found, customer);
        if (fits) invoice = found;
        else if (!c.invoiceIsHint) {
          problems.push({
            ...c.invoice.where,
            field: c.invoice.column,
            message: found
              ? `Invoice ${c.invoice.invoiceNumber} belongs to another customer.`
              : `There is no invoice ${c.invoice.invoiceNumber}, in the books or in these files.`,
          });
          continue;
        }
      }
      const number =
        c.number ?? autoRef(`CN-${c.date.replaceAll('-', '')}-${handleRef(customer)}-${money(c.amount)}`);
      if (creditNumbers.has(number)) {
        problems.push({ ...c.where, message: `Credit note ${number} is in these files twice.` });
        continue;
      }
      creditNumbers.add(number);
      if (booksHaveCredits && findCredit.get(number) !== undefined) {
        already.creditNotes++;
        continue;
      }
      const planned: PlannedCreditNote = {
        id: 0,
        where: c.where,
        number,
        customer,
        date: c.date,
        amount: c.amount,
        reason: c.reason,
      };
      if (invoice) planned.invoice = invoice;
      creditNotes.push(planned);
    }
  }

  const anyPaymentsInFiles = files.some((f) => f.payments.length > 0);
  if (!anyPaymentsInFiles && paidInFiles.length > 0) {
    const implied = planImpliedPayments(ctx, paidInFiles, paymentRefs);
    payments.push(...implied.payments);
    notes.push(...implied.notes);
  }

  already.customers = customers.alreadyThere;
  return {
    customers: customers.added,
    invoices: planned,
    payments,
    creditNotes,
    already,
    problems: [...customers.problems, ...problems],
    warnings,
    notes,
  };
}

/** Deterministic references for rows that have none: the same rows get the same reference again. */
function uniqueRefs() {
  const used = new Map<string, number>();
  return (base: string): string => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
