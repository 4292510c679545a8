import type { IsoDate } from '../../../../shared/dates';
import type { Problem } from '../../../../shared/errors';
import { type DecimalSeparator, parseMoney } from '../../../../shared/money';
import { termsDays } from '../profiles/helpers';
import type { Cell, CustomerDetails, CustomerNaming, RawRecords } from '../profiles/types';
import { type DateOrder, dateShape, resolveDate } from '../read/dates';
import { mergeCreditNotes, mergeInvoices, mergePayments } from './merge';
import type { CustomerKey, ParsedDetails, ParsedFile, ParsedPayment, ParsedTarget, Where } from './parsed';

// Raw text → typed records for one file. Every cell that cannot be read becomes a problem naming
// the file, the row and the column, and nothing is guessed: an unreadable amount is not zero, an
// impossible date is not the nearest real one.

export interface NormaliseOptions {
  file: string;
  dateOrder: DateOrder | null;
  decimal: DecimalSeparator;
  digits: number;
  thisYear: number;
  exportDate?: IsoDate;
}

class CellReader {
  readonly problems: Problem[] = [];
  constructor(private readonly o: NormaliseOptions) {}

  report(row: number, cell: Cell, message: string): void {
    this.problems.push({ file: this.o.file, row, field: cell.column, message });
  }

  missing(row: number, column: string, what: string): void {
    this.problems.push({ file: this.o.file, row, field: column, message: `The ${what} is missing.` });
  }

  date(row: number, cell: Cell | undefined, what: string, required: true): IsoDate | undefined;
  date(row: number, cell: Cell | undefined, what: string, required?: false): IsoDate | undefined;
  date(row: number, cell: Cell | undefined, what: string, required = false): IsoDate | undefined {
    if (!cell || cell.text === '') {
      if (required) this.missing(row, cell?.column ?? what, what);
      return undefined;
    }
    const shape = dateShape(cell.text, this.o.thisYear);
    const date = resolveDate(shape, this.o.dateOrder);
    if (date === null) {
      const hint =
        shape.kind === 'numeric' && this.o.dateOrder
          ? ` (read as ${this.o.dateOrder === 'DMY' ? 'day/month/year' : 'month/day/year'})`
          : '';
      this.report(row, cell, `"${cell.text}" is not a real date${hint}.`);
      return undefined;
    }
    return date;
  }

  amount(row: number, cell: Cell | undefined, what: string, required = false): number | undefined {
    if (!cell || cell.text === '') {
      if (required) this.missing(row, cell?.column ?? what, what);
      return undefined;
    }
    const value = parseMoney(cell.text, this.o.digits, this.o.decimal);
    if (value === null) {
      this.report(
        row,
        cell,
        `"${cell.text}" is not an amount${this.o.digits === 2 ? '' : ` in this currency (${this.o.digits} decimals)`}.`,
      );
      return undefined;
    }
    return value;
  }

  /** Sum of a main amount and its parts (net + tax); undefined if any part is unreadable. */
  sum(row: number, main: Cell | undefined, plus: Cell[] | undefined, what: string): number | undefined {
    const first = this.amount(row, main, what, true);
    if (first === undefined) return undefined;
    let total = first;
    for (const part of plus ?? []) {
      const value = this.amount(row, part, what);
      if (value === undefined && part.text !== '') return undefined;
      total += value ?? 0;
    }
    return total;
  }

  terms(row: number, cell: Cell | undefined): number | undefined {
    if (!cell) return undefined;
    const days = termsDays(cell.text);
    if (days === undefined || days > 3650) {
      this.report(row, cell, `"${cell.text}" does not say a number of days.`);
      return undefined;
    }
    return days;
  }

  customer(row: number, naming: CustomerNaming): CustomerKey | undefined {
    const where: Where = { file: this.o.file, row };
    const ref = naming.customerRef?.text;
    const name = naming.customerName?.text;
    if (!ref && !name) {
      this.missing(row, naming.customerRef?.column ?? naming.customerName?.column ?? 'customer', 'customer');
      return undefined;
    }
    const key: CustomerKey = { where, column: (ref ? naming.customerRef : naming.customerName)!.column };
    if (ref) key.ref = ref;
    if (name) key.name = name;
    return key;
  }

  details(row: number, d: CustomerDetails | undefined): ParsedDetails {
    const out: ParsedDetails = {};
    if (!d) return out;
    const text = (c: Cell | undefined) => (c && c.text !== '' ? c.text : undefined);
    const assign = <K extends keyof ParsedDetails>(key: K, value: ParsedDetails[K] | undefined) => {
      if (value !== undefined) out[key] = value;
    };
    assign('email', text(d.email));
    assign('terms', this.terms(row, d.terms));
    const limit = this.amount(row, d.creditLimit, 'credit limit');
    if (limit !== undefined && limit < 0)
      this.report(row, d.creditLimit!, 'A credit limit cannot be negative.');
    else assign('creditLimit', limit);
    assign('contactName', text(d.contactName));
    assign('phone', text(d.phone));
    assign('addressLine1', text(d.addressLine1));
    assign('addressLine2', text(d.addressLine2));
    assign('postcode', text(d.postcode));
    assign('city', text(d.city));
    assign('country', text(d.country));
    return out;
  }
}

export function normalise(raw: RawRecords, o: NormaliseOptions): { parsed: ParsedFile; problems: Problem[] } {
  const r = new CellReader(o);
  // One Where per row, shared by the row's record, its customer and its targets (read-only).
  const where = (row: number): Where => ({ file: o.file, row });
  const parsed: ParsedFile = { name: o.file, customers: [], invoices: [], payments: [], creditNotes: [] };
  if (o.exportDate) parsed.exportDate = o.exportDate;

  for (const c of raw.customers) {
    if (!c.ref?.text && !c.name?.text) continue;
    const customer = { where: where(c.row), details: r.details(c.row, c) } as ParsedFile['customers'][number];
    if (c.ref?.text) customer.ref = c.ref.text;
    if (c.name?.text) customer.name = c.name.text;
    parsed.customers.push(customer);
  }

  const lines = [];
  for (const i of raw.invoices) {
    const number = i.number.text;
    if (number === '') r.missing(i.row, i.number.column, 'invoice number');
    const customer = r.customer(i.row, i);
    const issueDate = r.date(i.row, i.issueDate, 'invoice date', true);
    const dueDate = r.date(i.row, i.dueDate, 'due date');
    const total = i.total || !i.lineAmount ? r.sum(i.row, i.total, i.plus, 'total') : undefined;
    const lineAmount = i.lineAmount ? r.sum(i.row, i.lineAmount, i.plus, 'line total') : undefined;
    const paid = r.amount(i.row, i.paid, 'amount paid');
    const balance = r.amount(i.row, i.balance, 'balance');
    const paidDate = r.date(i.row, i.paidDate, 'payment date');
    const termsDaysValue = r.terms(i.row, i.terms);
    if (number === '' || !customer || !issueDate || (total === undefined && lineAmount === undefined))
      continue;
    lines.push({
      where: customer.where,
      number,
      customer,
      issueDate,
      dueDate,
      dueColumn: i.dueDate?.column ?? 'due date',
      total,
      lineAmount,
      paid,
      balance,
      paidInFull: i.paidInFull === true,
      paidDate,
      termsDays: termsDaysValue,
      details: r.details(i.row, i.customer),
    });
  }
  const invoiceMerge = mergeInvoices(lines, o.file);
  parsed.invoices = invoiceMerge.invoices;
  const fromNegatives = invoiceMerge.creditNotes;

  const payments: ParsedPayment[] = [];
  for (const p of raw.payments) {
    const customer = r.customer(p.row, p);
    const date = r.date(p.row, p.date, 'payment date', true);
    const amount = r.sum(p.row, p.amount, p.plus, 'amount');
    const at = customer?.where ?? where(p.row);
    const targets = p.targets.map((t) => {
      const target: ParsedTarget = {
        invoiceNumber: t.invoiceNumber.text,
        where: at,
        column: t.invoiceNumber.column,
      };
      const applied = r.amount(p.row, t.amount, 'amount applied');
      if (applied !== undefined) target.amount = applied;
      return target;
    });
    if (!customer || !date || amount === undefined) continue;
    if (amount <= 0) {
      r.report(p.row, p.amount, 'A payment must be more than zero.');
      continue;
    }
    const payment: ParsedPayment = {
      where: at,
      customer,
      date,
      amount,
      targets,
      method: p.method?.text ?? '',
      note: p.note?.text ?? '',
    };
    if (p.ref?.text) payment.ref = p.ref.text;
    payments.push(payment);
  }
  const paymentMerge = mergePayments(payments, o.file);
  parsed.payments = paymentMerge.payments;

  const credits = [...fromNegatives];
  for (const c of raw.creditNotes) {
    const customer = r.customer(c.row, c);
    const date = r.date(c.row, c.date, 'credit note date', true);
    const amount = r.sum(c.row, c.amount, c.plus, 'amount');
    if (!customer || !date || amount === undefined) continue;
    if (amount === 0) {
      r.report(c.row, c.amount, 'A credit note cannot be for nothing.');
      continue;
    }
    credits.push({
      where: customer.where,
      number: c.number?.text || undefined,
      customer,
      date,
      amount: Math.abs(amount),
      invoice: c.invoiceNumber?.text
        ? { invoiceNumber: c.invoiceNumber.text, where: customer.where, column: c.invoiceNumber.column }
        : undefined,
      invoiceIsHint: c.invoiceIsHint === true,
      reason: c.reason?.text ?? '',
    });
  }
  const creditMerge = mergeCreditNotes(credits, o.file);
  parsed.creditNotes = creditMerge.creditNotes;

  return {
    parsed,
    problems: [...r.problems, ...invoiceMerge.problems, ...paymentMerge.problems, ...creditMerge.problems],
  };
}
