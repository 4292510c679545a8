import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import type { CustomerDto } from '../../../../shared/contract/customers';
import { type InvoiceCreateInput, invoiceCreateInput } from '../../../../shared/contract/invoices';
import { addDays } from '../../../../shared/dates';
import { useMutation } from '../../../api/use-mutation';
import { useAppData } from '../../../app-data';
import { DateField, type DateReader, useDateReader } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
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

interface InvoiceFormModalProps {
  opened: boolean;
  onClose: () => void;
  customer: CustomerDto;
  onSaved?: () => void;
}

interface InvoiceFormValues {
  number: string;
  issueDate: string;
  dueDate: string;
  total: string;
}

const FIELDS = ['number', 'issueDate', 'dueDate', 'total'];

/** Add invoice: number, dates and total; the due date follows the customer's terms until changed. */
export function InvoiceFormModal({ opened, onClose, customer, onSaved }: InvoiceFormModalProps) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={<FormTitle title="New invoice" customer={customer.name} />}
      size={480}
    >
      <InvoiceForm customer={customer} onClose={onClose} onSaved={onSaved} />
    </FormModal>
  );
}

function readInvoiceForm(
  values: InvoiceFormValues,
  customerId: number,
  dates: DateReader,
  readMoney: (text: string, options?: { allowZero?: boolean }) => MoneyReading,
): { input: InvoiceCreateInput; errors: FieldErrors } {
  const typed: FieldErrors = {};
  const issueDate = dates.read(values.issueDate);
  if (!issueDate) typed.issueDate = dates.hint;
  const dueDate = dates.read(values.dueDate);
  if (!dueDate) typed.dueDate = dates.hint;
  const total = readMoney(values.total, { allowZero: true });
  if (!total.ok) typed.total = total.message;
  const input: InvoiceCreateInput = {
    customerId,
    number: values.number,
    issueDate: issueDate ?? '',
    dueDate: dueDate ?? '',
    total: total.ok ? total.minor : 0,
  };
  return { input, errors: mergeErrors(typed, schemaErrors(invoiceCreateInput, input)) };
}

function InvoiceForm({ customer, onClose, onSaved }: Omit<InvoiceFormModalProps, 'opened'>) {
  const { info, settings } = useAppData();
  const dates = useDateReader();
  const readMoney = useMoneyReader();
  const save = useMutation('invoices.create');
  const formRef = useRef<HTMLFormElement>(null);
  const terms = customer.paymentTermsDays ?? settings?.defaultPaymentTermsDays ?? 30;
  // Today as main sees it: never the renderer's clock for a business date.
  const today = info?.today;
  // The due date follows the issue date (plus the terms) until the owner types one of their own.
  const [dueEdited, setDueEdited] = useState(false);

  const form = useForm<InvoiceFormValues>({
    mode: 'controlled',
    initialValues: {
      number: '',
      issueDate: today ? dates.write(today) : '',
      dueDate: today ? dates.write(addDays(today, terms)) : '',
      total: '',
    },
    validate: (values) => readInvoiceForm(values, customer.id, dates, readMoney).errors,
    onValuesChange: () => save.reset(),
  });

  const field = (name: keyof InvoiceFormValues) => {
    const props = form.getInputProps(name);
    return { ...props, error: props.error ?? save.fieldError(name) };
  };

  const onIssueDate = (text: string) => {
    form.setFieldValue('issueDate', text);
    const iso = dates.read(text);
    if (iso && !dueEdited) form.setFieldValue('dueDate', dates.write(addDays(iso, terms)));
  };

  const submit = form.onSubmit(
    async (values) => {
      const { input } = readInvoiceForm(values, customer.id, dates, readMoney);
      const saved = await save.run(input);
      if (!saved) return focusFirstInvalid(formRef.current);
      notifySaved('Invoice added', `${saved.number} for ${customer.name}`);
      onClose();
      onSaved?.();
    },
    () => focusFirstInvalid(formRef.current),
  );

  const general = unplacedError(save.error, (f) => FIELDS.includes(f));
  const termsSource = customer.paymentTermsDays === null ? 'your usual terms' : 'their terms';

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Invoice number"
          required
          placeholder="INV-0001"
          data-autofocus
          {...field('number')}
        />
        <SimpleGrid cols={2} spacing="md">
          <DateField label="Issue date" required {...field('issueDate')} onChange={onIssueDate} />
          <DateField
            label="Due date"
            required
            {...field('dueDate')}
            onChange={(text) => {
              setDueEdited(true);
              form.setFieldValue('dueDate', text);
            }}
          />
        </SimpleGrid>
        {!dueEdited ? (
          <Text size="xs" c="dimmed" mt={-8}>
            Due {terms} days after the issue date ({termsSource}).
          </Text>
        ) : null}
        <MoneyInput label="Total" required {...field('total')} />
        {general ? <ErrorAlert error={general} title="Could not add the invoice" /> : null}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.pending}>
            Add invoice
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
