import type { SettingsDto } from '../../../shared/contract/settings';
import type { LetterInvoice, MergeField, TemplateKey } from '../../../shared/contract/templates';
import { addDays, daysBetween, type IsoDate } from '../../../shared/dates';
import { DulyError } from '../../../shared/errors';
import type { Ctx } from '../../context';
import { documentFormats } from '../../pdf/format';
import { counted } from '../reports/report-words';
import { getSettings } from '../settings/settings.service';
import { type MergeValues, numbersInWords } from './merge-engine';

// What a letter says about one customer on a date, read from the books: which invoices it is about
// and every merge field's value, written the way the business writes money and dates.

/** How long the final notice (and the firm letter's offer to talk) gives: a week from the letter's date. */
export const REPLY_DAYS = 7;

/** Which of the customer's open invoices each letter is about. */
const WHICH: Record<TemplateKey, 'not-due' | 'overdue' | 'all'> = {
  courtesy: 'not-due',
  friendly: 'overdue',
  firm: 'overdue',
  final: 'overdue',
  statement: 'all',
};

interface InvoiceRow {
  id: number;
  number: string;
  issue_date: string;
  due_date: string;
  total: number;
  owed: number;
}

// One customer's invoices open on D: issued by D, not paid off by D, owed = today's open amount plus
// whatever was applied after D (the same rule as the ageing, so a letter agrees with the reports).
// The customer's index finds them; "overdue" is due before D, as everywhere.
const OPEN_ON = `
  SELECT id, number, issue_date, due_date, total, owed FROM (
    SELECT i.id, i.number, i.issue_date, i.due_date, i.total,
           i.open_amount + COALESCE((SELECT SUM(a.amount) FROM allocations a
                                     WHERE a.invoice_id = i.id AND a.date > @d), 0) AS owed
      FROM invoices i
     WHERE i.customer_id = @c AND i.issue_date <= @d AND (i.paid_on IS NULL OR i.paid_on > @d))
   WHERE owed > 0`;

const SQL: Record<'not-due' | 'overdue' | 'all', string> = {
  'not-due': `${OPEN_ON} AND due_date >= @d ORDER BY due_date, number`,
  overdue: `${OPEN_ON} AND due_date < @d ORDER BY due_date, number`,
  all: `${OPEN_ON} ORDER BY due_date, number`,
};

export function letterInvoices(
  ctx: Ctx,
  key: TemplateKey,
  customerId: number,
  asOf: IsoDate,
): LetterInvoice[] {
  const rows = ctx.books.prepare(SQL[WHICH[key]]).all({ c: customerId, d: asOf }) as InvoiceRow[];
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    total: r.total,
    owed: r.owed,
    daysOverdue: daysBetween(r.due_date, asOf),
  }));
}

export interface LetterFacts {
  asOf: IsoDate;
  settings: SettingsDto;
  customer: { id: number; ref: string; name: string };
  invoices: LetterInvoice[];
  values: MergeValues;
}

/** Everything a letter to this customer on this date says, ready to merge. */
export function letterFacts(ctx: Ctx, key: TemplateKey, customerId: number, asOf: IsoDate): LetterFacts {
  const { books } = ctx;
  const customer = books.first(
    books.db
      .selectFrom('customers')
      .select(['id', 'ref', 'name', 'contact_name'])
      .where('id', '=', customerId),
  );
  if (!customer)
    throw new DulyError('not_found', `There is no customer with id ${customerId}.`, { field: 'customerId' });
  const settings = getSettings(ctx);
  const fmt = documentFormats(settings);
  const invoices = letterInvoices(ctx, key, customerId, asOf);
  const oldest = invoices.reduce<LetterInvoice | undefined>(
    (o, i) => (o === undefined || i.dueDate < o.dueDate ? i : o),
    undefined,
  );
  const daysOverdue = oldest ? oldest.daysOverdue : 0;
  const fields: Record<MergeField, string> = {
    customer_name: customer.name,
    contact_name: customer.contact_name.trim() || customer.name,
    customer_ref: customer.ref,
    invoice_list: numbersInWords(invoices.map((i) => i.number)),
    amount_due: fmt.money(invoices.reduce((sum, i) => sum + i.owed, 0)),
    oldest_due_date: oldest ? fmt.date(oldest.dueDate) : '',
    // Nothing is "0 days overdue": a line about lateness drops out when nothing is late.
    days_overdue: daysOverdue > 0 ? counted(daysOverdue, 'day', fmt.count) : '',
    business_name: settings.businessName,
    business_phone: settings.phone,
    business_email: settings.email,
    payment_details: settings.paymentDetails,
    payment_reference: settings.paymentReference,
    payment_link: settings.paymentLink,
    today: fmt.date(asOf),
    reply_by: fmt.date(addDays(asOf, REPLY_DAYS)),
    owner_name: settings.signatureName.trim() || settings.businessName,
  };
  const invoiceItems = invoices.map((i) => `• ${i.number}, due ${fmt.date(i.dueDate)}: ${fmt.money(i.owed)}`);
  return {
    asOf,
    settings,
    customer: { id: customer.id, ref: customer.ref, name: customer.name },
    invoices,
    values: { fields, invoiceItems },
  };
}
