import { Anchor, Button, Group, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import type { CustomerDto, CustomerInvoiceRow } from '../../../../shared/contract/customers';
import { useMutation } from '../../../api/use-mutation';
import { useAppData } from '../../../app-data';
import { DateField, useDateReader } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMoneyFormat } from '../../../components/Money';
import { MoneyInput, useMoneyReader } from '../../../components/MoneyInput';
import { moneyToText } from '../../../components/money-text';
import { methodLabel, PAYMENT_METHODS } from '../words';
import { FormModal, FormTitle } from './FormModal';
import { focusFirstInvalid, unplacedError } from './form-support';
import { InvoicePicker } from './InvoicePicker';
import { notifySaved } from './notify-saved';
import { PaymentPreviewPanel } from './PaymentPreviewPanel';
import {
  type ApplyMode,
  type PaymentFormValues,
  readPaymentForm,
  whatPreviewNeeds,
} from './payment-form-values';
import { usePaymentPreview } from './use-payment-preview';

interface PaymentFormModalProps {
  opened: boolean;
  onClose: () => void;
  customer: CustomerDto;
  /** The customer's open invoices (from customers.page). */
  openInvoices: CustomerInvoiceRow[];
  /** What the customer owes today (main's figure), offered as the amount. */
  balance: number;
  onSaved?: () => void;
}

const FIELDS = ['date', 'amount', 'method', 'ref', 'note'];

/** Record payment: date, amount, how it came, and where it goes (the rule, or invoices chosen). */
export function PaymentFormModal({ opened, onClose, customer, ...rest }: PaymentFormModalProps) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={<FormTitle title="Record a payment" customer={`From ${customer.name}`} />}
      size={620}
    >
      <PaymentForm customer={customer} onClose={onClose} {...rest} />
    </FormModal>
  );
}

function PaymentForm({
  customer,
  openInvoices,
  balance,
  onClose,
  onSaved,
}: Omit<PaymentFormModalProps, 'opened'>) {
  const { info, settings } = useAppData();
  const dates = useDateReader();
  const readMoney = useMoneyReader();
  const formatMoney = useMoneyFormat();
  const save = useMutation('payments.record');
  const formRef = useRef<HTMLFormElement>(null);
  // Oldest due first: the order the rule would pay them in, and the order people think in.
  const invoices = [...openInvoices].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id);

  const form = useForm<PaymentFormValues>({
    mode: 'controlled',
    initialValues: {
      // Today as main sees it: never the renderer's own clock for a business date.
      date: info?.today ? dates.write(info.today) : '',
      amount: '',
      method: null,
      ref: '',
      note: '',
      mode: 'rule',
      targets: [],
    },
    validate: (values) => readPaymentForm(values, customer.id, dates, readMoney).errors,
    onValuesChange: () => save.reset(),
  });

  // The preview asks only once the date and amounts read as such; until then it waits quietly.
  const reading = readPaymentForm(form.values, customer.id, dates, readMoney);
  const waitingFor = whatPreviewNeeds(reading.errors);
  const previewable = waitingFor === undefined;
  const preview = usePaymentPreview(
    previewable
      ? {
          customerId: customer.id,
          date: reading.input.date,
          amount: reading.input.amount,
          targets: reading.input.targets ?? [],
        }
      : null,
  );

  const field = (name: 'date' | 'amount' | 'method' | 'ref' | 'note') => {
    const props = form.getInputProps(name);
    return { ...props, error: props.error ?? save.fieldError(name) };
  };
  // An amount the preview cannot read (too many decimals, say) is said at once, as it is typed:
  // the owner is watching the preview, which would otherwise just stay blank.
  const amountProblem = form.values.amount.trim() !== '' ? reading.errors.amount : undefined;

  const submit = form.onSubmit(
    async (values) => {
      const { input } = readPaymentForm(values, customer.id, dates, readMoney);
      const saved = await save.run(input);
      if (!saved) return focusFirstInvalid(formRef.current);
      notifySaved('Payment recorded', `${formatMoney(saved.amount)} from ${customer.name} (${saved.ref})`);
      onClose();
      onSaved?.();
    },
    () => focusFirstInvalid(formRef.current),
  );

  const targetsError = save.error?.field?.startsWith('targets') ? save.error.message : undefined;
  const general = unplacedError(save.error, (f) => FIELDS.includes(f) || f.startsWith('targets'));
  const currency = settings?.currency ?? 'GBP';
  const locale = settings?.locale ?? 'en-GB';

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="md">
          <DateField label="Date received" required {...field('date')} />
          <MoneyInput
            label="Amount"
            required
            data-autofocus
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...field('amount')}
            error={field('amount').error ?? amountProblem}
            description={
              balance > 0 ? (
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  onClick={() => form.setFieldValue('amount', moneyToText(balance, currency, locale))}
                >
                  Whole balance: {formatMoney(balance)}
                </Anchor>
              ) : undefined
            }
          />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="md">
          <Select
            label="Method"
            placeholder="Not recorded"
            data={PAYMENT_METHODS.map((m) => ({ value: m, label: methodLabel(m) }))}
            clearable
            {...field('method')}
          />
          <TextInput label="Reference" placeholder="Given automatically" {...field('ref')} />
        </SimpleGrid>
        <TextInput label="Note" placeholder="Optional, for you" {...field('note')} />

        <Radio.Group
          label="Apply to"
          value={form.values.mode}
          onChange={(v) => form.setFieldValue('mode', v as ApplyMode)}
        >
          <Stack gap={8} mt={6}>
            <Radio value="rule" label="Oldest due first (recommended)" />
            <Radio value="choose" label="Invoices I choose" />
          </Stack>
        </Radio.Group>
        {form.values.mode === 'choose' ? (
          <InvoicePicker form={form} invoices={invoices} error={targetsError} />
        ) : null}

        <PaymentPreviewPanel state={preview} openInvoices={invoices} waitingFor={waitingFor} />

        {general ? <ErrorAlert error={general} title="Could not record the payment" /> : null}
        <Group justify="space-between" gap="sm" mt="xs">
          <Text size="xs" c="dimmed">
            Balances update as soon as you save.
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.pending}>
              Record payment
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
