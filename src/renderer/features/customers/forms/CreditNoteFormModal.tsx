import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import type { CustomerDto, CustomerInvoiceRow } from '../../../../shared/contract/customers';
import { type CreditNoteCreateInput, creditNoteCreateInput } from '../../../../shared/contract/payments';
import { useMutation } from '../../../api/use-mutation';
import { useAppData } from '../../../app-data';
import { DateField, type DateReader, useDateReader } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMoneyFormat } from '../../../components/Money';
import { MoneyInput, useMoneyReader } from '../../../components/MoneyInput';
import type { MoneyReading } from '../../../components/money-text';
import { FormModal, FormTitle } from './FormModal';
import {
  type FieldErrors,
  focusFirstInvalid,
  mergeErrors,
  schemaErrors,
  unplacedError,
} from './form-support';
import { notifySaved } from './notify-saved';

interface CreditNoteFormModalProps {
  opened: boolean;
  onClose: () => void;
  customer: CustomerDto;
  /** The customer's invoices, to say which one the credit is for (optional). */
  invoices: CustomerInvoiceRow[];
  onSaved?: () => void;
}

interface CreditNoteFormValues {
  date: string;
  amount: string;
  reason: string;
  /** The invoice it credits, as the Select's string value; null: none in particular. */
  invoiceId: string | null;
  number: string;
}

const FIELDS = ['date', 'amount', 'reason', 'invoiceId', 'number'];

/** Add credit note: goods returned or a price put right; main sets it against what is owed. */
export function CreditNoteFormModal({ opened, onClose, customer, ...rest }: CreditNoteFormModalProps) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={<FormTitle title="New credit note" customer={customer.name} />}
      size={480}
    >
      <CreditNoteForm customer={customer} onClose={onClose} {...rest} />
    </FormModal>
  );
}

function readCreditNoteForm(
  values: CreditNoteFormValues,
  customerId: number,
  dates: DateReader,
  readMoney: (text: string) => MoneyReading,
): { input: CreditNoteCreateInput; errors: FieldErrors } {
  const typed: FieldErrors = {};
  const date = dates.read(values.date);
  if (!date) typed.date = dates.hint;
  const amount = readMoney(values.amount);
  if (!amount.ok) typed.amount = amount.message;
  const input: CreditNoteCreateInput = {
    customerId,
    date: date ?? '',
    amount: amount.ok ? amount.minor : 0,
    reason: values.reason,
    invoiceId: values.invoiceId === null ? null : Number(values.invoiceId),
    ...(values.number.trim() ? { number: values.number } : {}),
  };
  return { input, errors: mergeErrors(typed, schemaErrors(creditNoteCreateInput, input)) };
}

function CreditNoteForm({ customer, invoices, onClose, onSaved }: Omit<CreditNoteFormModalProps, 'opened'>) {
  const { info } = useAppData();
  const dates = useDateReader();
  const readMoney = useMoneyReader();
  const formatMoney = useMoneyFormat();
  const save = useMutation('creditNotes.create');
  const formRef = useRef<HTMLFormElement>(null);

  const form = useForm<CreditNoteFormValues>({
    mode: 'controlled',
    initialValues: {
      date: info?.today ? dates.write(info.today) : '',
      amount: '',
      reason: '',
      invoiceId: null,
      number: '',
    },
    validate: (values) => readCreditNoteForm(values, customer.id, dates, readMoney).errors,
    onValuesChange: () => save.reset(),
  });

  const field = (name: keyof CreditNoteFormValues) => {
    const props = form.getInputProps(name);
    return { ...props, error: props.error ?? save.fieldError(name) };
  };

  const submit = form.onSubmit(
    async (values) => {
      const { input } = readCreditNoteForm(values, customer.id, dates, readMoney);
      const saved = await save.run(input);
      if (!saved) return focusFirstInvalid(formRef.current);
      notifySaved('Credit note added', `${saved.number}: ${formatMoney(saved.amount)} for ${customer.name}`);
      onClose();
      onSaved?.();
    },
    () => focusFirstInvalid(formRef.current),
  );

  const general = unplacedError(save.error, (f) => FIELDS.includes(f));
  // Open invoices first: a credit is usually for something not yet paid.
  const options = [...invoices]
    .sort((a, b) => Number(a.open === 0) - Number(b.open === 0))
    .map((i) => ({
      value: String(i.id),
      label: `${i.number} · ${i.open > 0 ? `${formatMoney(i.open)} owed` : 'paid'}`,
    }));

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="md">
          <DateField label="Date" required {...field('date')} />
          <MoneyInput label="Amount" required data-autofocus {...field('amount')} />
        </SimpleGrid>
        <Select
          label="For invoice"
          placeholder="None in particular"
          description="Set against this invoice first; any credit left over stays with the customer."
          data={options}
          searchable
          clearable
          nothingFoundMessage="No invoice with that number"
          {...field('invoiceId')}
        />
        <Textarea
          label="Reason"
          placeholder="Goods returned, price corrected…"
          autosize
          minRows={2}
          {...field('reason')}
        />
        <TextInput label="Number" placeholder="Given automatically" {...field('number')} />
        {general ? <ErrorAlert error={general} title="Could not add the credit note" /> : null}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.pending}>
            Add credit note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
