import { Badge, Checkbox, Group, ScrollArea, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { CustomerInvoiceRow } from '../../../../shared/contract/customers';
import { DateText } from '../../../components/DateText';
import { Money } from '../../../components/Money';
import { MoneyInput } from '../../../components/MoneyInput';
import type { PaymentFormValues } from './payment-form-values';

interface InvoicePickerProps {
  form: UseFormReturnType<PaymentFormValues>;
  /** Open invoices, oldest due first. */
  invoices: CustomerInvoiceRow[];
  /** Main's refusal about the chosen invoices, if any. */
  error: string | undefined;
}

/**
 * The customer's open invoices to tick, in the order the payer named them: the money goes to the
 * first ticked first. Each may take a set amount; empty pays it up to what it still owes.
 */
export function InvoicePicker({ form, invoices, error }: InvoicePickerProps) {
  const targets = form.values.targets;
  const toggle = (invoiceId: number, on: boolean) => {
    form.setFieldValue(
      'targets',
      on ? [...targets, { invoiceId, amount: '' }] : targets.filter((t) => t.invoiceId !== invoiceId),
    );
  };
  const message = error ?? (form.errors.targets as string | undefined);
  if (invoices.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No invoice is open: the payment will stay with the customer as credit.
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <ScrollArea.Autosize mah={230} type="auto" offsetScrollbars>
        <Stack gap={2} role="group" aria-label="Invoices this payment is for">
          {invoices.map((invoice) => {
            const position = targets.findIndex((t) => t.invoiceId === invoice.id);
            const picked = position >= 0;
            return (
              <Group
                key={invoice.id}
                justify="space-between"
                wrap="nowrap"
                gap="sm"
                px="xs"
                py={6}
                style={{
                  borderRadius: 'var(--mantine-radius-sm)',
                  background: picked ? 'var(--mantine-color-default-hover)' : undefined,
                }}
              >
                <Checkbox
                  checked={picked}
                  onChange={(e) => toggle(invoice.id, e.currentTarget.checked)}
                  label={
                    <Group gap={8} wrap="nowrap" component="span">
                      <Text component="span" size="sm" fw={500}>
                        {invoice.number}
                      </Text>
                      <Text component="span" size="xs" c="dimmed">
                        due <DateText value={invoice.dueDate} />
                      </Text>
                      <Text component="span" size="xs" c="dimmed">
                        · <Money value={invoice.open} /> owed
                      </Text>
                    </Group>
                  }
                />
                {picked ? (
                  <Group gap={8} wrap="nowrap">
                    <Badge
                      size="sm"
                      radius="xl"
                      variant="filled"
                      aria-label={`paid ${ordinal(position + 1)}`}
                    >
                      {position + 1}
                    </Badge>
                    <MoneyInput
                      size="xs"
                      w={130}
                      aria-label={`Amount for ${invoice.number}`}
                      placeholder="All owed"
                      {...form.getInputProps(`targets.${position}.amount`)}
                    />
                  </Group>
                ) : null}
              </Group>
            );
          })}
        </Stack>
      </ScrollArea.Autosize>
      {message ? (
        <Text size="xs" c="red" role="alert">
          {message}
        </Text>
      ) : null}
    </Stack>
  );
}

function ordinal(n: number): string {
  return n === 1 ? 'first' : n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`;
}
