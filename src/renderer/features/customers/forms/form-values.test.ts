import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../../shared/dates';
import type { DateReader } from '../../../components/DateField';
import { dateHint, readDateText } from '../../../components/date-text';
import { readMoneyText } from '../../../components/money-text';
import { blankCustomer, readCustomerForm } from './customer-form-values';
import { type PaymentFormValues, readPaymentForm, whatPreviewNeeds } from './payment-form-values';

const dates: DateReader = {
  read: (text) => readDateText(text, 'DD/MM/YYYY'),
  write: (iso) => formatDate(iso, 'DD/MM/YYYY'),
  hint: dateHint('DD/MM/YYYY', '2026-01-31'),
};
const gbp = (text: string, options?: { allowZero?: boolean }) =>
  readMoneyText(text, { currency: 'GBP', locale: 'en-GB', ...options });

const payment = (change: Partial<PaymentFormValues>): PaymentFormValues => ({
  date: '23/11/2026',
  amount: '150',
  method: null,
  ref: '',
  note: '',
  mode: 'rule',
  targets: [],
  ...change,
});

describe('the payment form', () => {
  it('sends minor units, an ISO date and no targets when the rule decides', () => {
    const { input, errors } = readPaymentForm(payment({ amount: '£1,234.56' }), 7, dates, gbp);
    expect(errors).toEqual({});
    expect(input).toEqual({
      customerId: 7,
      date: '2026-11-23',
      amount: 123456,
      method: '',
      note: '',
      targets: [],
    });
  });

  it('sends the chosen invoices in the order picked, each with its amount or none', () => {
    const values = payment({
      mode: 'choose',
      ref: 'BACS 991',
      targets: [
        { invoiceId: 12, amount: '' },
        { invoiceId: 9, amount: '20.05' },
      ],
    });
    const { input, errors } = readPaymentForm(values, 7, dates, gbp);
    expect(errors).toEqual({});
    expect(input.targets).toEqual([
      { invoiceId: 12, amount: null },
      { invoiceId: 9, amount: 2005 },
    ]);
    expect(input.ref).toBe('BACS 991');
  });

  it('ignores picked invoices once the owner goes back to the rule', () => {
    const values = payment({ targets: [{ invoiceId: 12, amount: '' }] });
    expect(readPaymentForm(values, 7, dates, gbp).input.targets).toEqual([]);
  });

  it('puts each problem at its field, and says what the preview waits for', () => {
    const values = payment({
      date: '31/02/2026',
      amount: '10.001',
      mode: 'choose',
      targets: [{ invoiceId: 3, amount: 'lots' }],
    });
    const { errors } = readPaymentForm(values, 7, dates, gbp);
    expect(errors.date).toBe('Write the date as DD/MM/YYYY, such as 31/01/2026.');
    expect(errors.amount).toBe('GBP amounts have at most 2 decimal places.');
    expect(errors['targets.0.amount']).toBe('Write the amount as a number, such as 120.50.');
    expect(whatPreviewNeeds(errors)).toBe('Enter the amount to see which invoices it pays.');
    const none = readPaymentForm(payment({ mode: 'choose' }), 7, dates, gbp).errors;
    expect(whatPreviewNeeds(none)).toBe('Tick the invoices this payment is for.');
  });
});

describe('the customer form', () => {
  it('reads terms and credit limit, leaving them null when empty', () => {
    const values = { ...blankCustomer(), name: 'Harbour Bakery', ref: 'C100' };
    expect(readCustomerForm(values, gbp)).toMatchObject({
      errors: {},
      input: { paymentTermsDays: null, creditLimit: null },
    });
    const set = readCustomerForm({ ...values, paymentTermsDays: '14', creditLimit: '1,000' }, gbp);
    expect(set.input).toMatchObject({ paymentTermsDays: 14, creditLimit: 100000 });
  });

  it("uses the contract's own messages, and its own for what was typed", () => {
    const { errors } = readCustomerForm(
      { ...blankCustomer(), email: 'nope', paymentTermsDays: 'two weeks', creditLimit: '-5' },
      gbp,
    );
    expect(errors).toEqual({
      name: 'The customer needs a name.',
      ref: 'Give the customer a reference, such as C001.',
      email: 'This does not look like an email address.',
      paymentTermsDays: 'Write a whole number of days, such as 30.',
      creditLimit: 'Enter the amount without a minus sign.',
    });
  });
});
