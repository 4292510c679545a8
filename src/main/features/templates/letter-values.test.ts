import { beforeEach, describe, expect, it } from 'vitest';
import type { Ctx } from '../../context';
import { aCustomer } from '../../testing/builders';
import { createTestCtx } from '../../testing/test-app';
import { updateSettings } from '../settings/settings.service';
import { letterFacts } from './letter-values';
import { harbourBakery } from './templates.fixture';

let ctx: Ctx;
let customerId: number;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
  customerId = harbourBakery(ctx).id;
});

const numbers = (key: Parameters<typeof letterFacts>[1], asOf = '2026-11-23') =>
  letterFacts(ctx, key, customerId, asOf).invoices.map((i) => i.number);

describe('which invoices a letter is about', () => {
  it('reminders: the overdue ones, oldest due first, with what is still owed', () => {
    const { invoices } = letterFacts(ctx, 'friendly', customerId, '2026-11-23');
    expect(invoices).toEqual([
      {
        id: expect.any(Number),
        number: 'HB-1',
        issueDate: '2026-08-01',
        dueDate: '2026-08-31',
        total: 10_000,
        owed: 7_000,
        daysOverdue: 84,
      },
      {
        id: expect.any(Number),
        number: 'HB-2',
        issueDate: '2026-10-01',
        dueDate: '2026-10-31',
        total: 5_000,
        owed: 5_000,
        daysOverdue: 23,
      },
    ]);
    expect(numbers('firm')).toEqual(['HB-1', 'HB-2']);
    expect(numbers('final')).toEqual(['HB-1', 'HB-2']);
  });

  it('the courtesy note: open and not yet due, including what falls due today', () => {
    expect(numbers('courtesy')).toEqual(['HB-5', 'HB-4']);
  });

  it('the statement: everything open, nothing issued after its date', () => {
    expect(numbers('statement')).toEqual(['HB-1', 'HB-2', 'HB-5', 'HB-4']);
  });

  it('as of an earlier date: what was open then, paid later or not', () => {
    const { invoices, values } = letterFacts(ctx, 'friendly', customerId, '2026-10-20');
    expect(invoices.map((i) => [i.number, i.owed, i.daysOverdue])).toEqual([
      ['HB-1', 7_000, 50],
      ['HB-3', 2_500, 19],
    ]);
    expect(values.fields).toMatchObject({
      amount_due: '£95.00',
      oldest_due_date: '31/08/2026',
      days_overdue: '50 days',
      today: '20/10/2026',
      reply_by: '27/10/2026',
    });
  });
});

describe('the field values', () => {
  it('for the hand-made customer today', () => {
    const { values, customer } = letterFacts(ctx, 'firm', customerId, '2026-11-23');
    expect(customer).toEqual({ id: customerId, ref: 'HB1', name: 'Harbour Bakery' });
    expect(values.fields).toEqual({
      customer_name: 'Harbour Bakery',
      contact_name: 'Ann Baker',
      customer_ref: 'HB1',
      invoice_list: 'HB-1 and HB-2',
      amount_due: '£120.00',
      oldest_due_date: '31/08/2026',
      days_overdue: '84 days',
      business_name: 'Corner Shop',
      business_phone: '01632 960 123',
      business_email: 'accounts@corner.shop',
      payment_details: 'Sort code 20-00-00, account 12345678',
      payment_reference: 'your customer number',
      payment_link: '',
      today: '23/11/2026',
      reply_by: '30/11/2026',
      owner_name: 'Sam Taylor',
    });
    expect(values.invoiceItems).toEqual(['• HB-1, due 31/08/2026: £70.00', '• HB-2, due 31/10/2026: £50.00']);
  });

  it('courtesy: the first due date, and no lateness', () => {
    const { fields } = letterFacts(ctx, 'courtesy', customerId, '2026-11-23').values;
    expect(fields).toMatchObject({ amount_due: '£90.50', oldest_due_date: '23/11/2026', days_overdue: '' });
  });

  it('statement: all that is open', () => {
    expect(letterFacts(ctx, 'statement', customerId, '2026-11-23').values.fields.amount_due).toBe('£210.50');
  });

  it('one day overdue is “1 day”', () => {
    expect(letterFacts(ctx, 'friendly', customerId, '2026-09-01').values.fields.days_overdue).toBe('1 day');
  });

  it('falls back: the customer’s name to address, the business to sign; nothing owed is £0.00', () => {
    updateSettings(ctx, { signatureName: '' });
    const plain = aCustomer(ctx, { ref: 'P1', name: 'Plain Ltd' });
    const { fields } = letterFacts(ctx, 'friendly', plain.id, '2026-11-23').values;
    expect(fields).toMatchObject({
      contact_name: 'Plain Ltd',
      owner_name: 'Corner Shop',
      invoice_list: '',
      amount_due: '£0.00',
      oldest_due_date: '',
      days_overdue: '',
    });
  });

  it('writes money and dates the business’s way', () => {
    updateSettings(ctx, { locale: 'de-DE', dateFormat: 'DD.MM.YYYY' });
    const { fields } = letterFacts(ctx, 'friendly', customerId, '2026-11-23').values;
    expect(fields.amount_due).toBe('120,00\u00a0£');
    expect(fields.oldest_due_date).toBe('31.08.2026');
  });

  it('refuses a customer that is not in the books', () => {
    expect(() => letterFacts(ctx, 'friendly', 9999, '2026-11-23')).toThrow(
      'There is no customer with id 9999.',
    );
  });
});
