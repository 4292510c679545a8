import { type PaymentRecordInput, paymentRecordInput } from '../../../../shared/contract/payments';
import type { DateReader } from '../../../components/DateField';
import type { MoneyReading } from '../../../components/money-text';
import { type FieldErrors, mergeErrors, schemaErrors } from './form-support';

/** "rule": main's allocation rule decides (oldest due first); "choose": the invoices the payer named. */
export type ApplyMode = 'rule' | 'choose';

export interface PaymentFormValues {
  date: string;
  amount: string;
  method: string | null;
  ref: string;
  note: string;
  mode: ApplyMode;
  /** The invoices picked, in the order picked; an empty amount pays each up to what it still owes. */
  targets: { invoiceId: number; amount: string }[];
}

type ReadMoney = (text: string, options?: { allowZero?: boolean }) => MoneyReading;

/** Typed values → payments.record's input, with every problem at its field. */
export function readPaymentForm(
  values: PaymentFormValues,
  customerId: number,
  dates: DateReader,
  readMoney: ReadMoney,
): { input: PaymentRecordInput; errors: FieldErrors } {
  const typed: FieldErrors = {};
  const date = dates.read(values.date);
  if (!date) typed.date = dates.hint;
  const amount = readMoney(values.amount);
  if (!amount.ok) typed.amount = amount.message;
  const chosen = values.mode === 'choose' ? values.targets : [];
  if (values.mode === 'choose' && chosen.length === 0) {
    typed.targets = 'Tick the invoices this pays, or let Duly apply it oldest due first.';
  }
  const targets = chosen.map((t, i) => {
    if (t.amount.trim() === '') return { invoiceId: t.invoiceId, amount: null };
    const read = readMoney(t.amount);
    if (!read.ok) typed[`targets.${i}.amount`] = read.message;
    return { invoiceId: t.invoiceId, amount: read.ok ? read.minor : null };
  });
  const input: PaymentRecordInput = {
    customerId,
    date: date ?? '',
    amount: amount.ok ? amount.minor : 0,
    method: values.method ?? '',
    note: values.note,
    targets,
    ...(values.ref.trim() ? { ref: values.ref } : {}),
  };
  return { input, errors: mergeErrors(typed, schemaErrors(paymentRecordInput, input)) };
}

/** What the form still needs before main can be asked where the money goes; undefined: ask. */
export function whatPreviewNeeds(errors: FieldErrors): string | undefined {
  if (errors.amount) return 'Enter the amount to see which invoices it pays.';
  if (errors.date) return 'Enter the date it came in to see which invoices it pays.';
  if (errors.targets) return 'Tick the invoices this payment is for.';
  if (Object.keys(errors).some((f) => f.startsWith('targets.')))
    return 'Check the amounts given for the invoices.';
  return undefined;
}
