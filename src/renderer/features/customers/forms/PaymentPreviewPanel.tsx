import { Badge, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { CustomerInvoiceRow } from '../../../../shared/contract/customers';
import { DateText } from '../../../components/DateText';
import { Money } from '../../../components/Money';
import type { PreviewState } from './use-payment-preview';

interface PaymentPreviewPanelProps {
  state: PreviewState;
  openInvoices: CustomerInvoiceRow[];
  /** What the form still needs before main can be asked, in words. */
  waitingFor: string | undefined;
}

/**
 * Where the money will go, as main's allocation would put it if saved now: each invoice it pays
 * (in full, or part of what is owed), and what would stay with the customer as credit.
 */
export function PaymentPreviewPanel({ state, openInvoices, waitingFor }: PaymentPreviewPanelProps) {
  const preview =
    state.status === 'ready' ? state.preview : state.status === 'loading' ? state.last : undefined;
  const byId = new Map(openInvoices.map((i) => [i.id, i]));
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      bg="var(--mantine-color-default-hover)"
      aria-labelledby="payment-preview-title"
      role="region"
      data-testid="payment-preview"
    >
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm" id="payment-preview-title">
          Where the money will go
        </Text>
        {state.status === 'loading' ? <Loader size={14} aria-label="Working it out" /> : null}
      </Group>
      {state.status === 'error' ? (
        <Text size="sm" c="red">
          {state.message}
        </Text>
      ) : waitingFor || !preview ? (
        <Text size="sm" c="dimmed">
          {waitingFor ?? 'Working out where it goes…'}
        </Text>
      ) : (
        <Stack gap={6} aria-live="polite" style={{ opacity: state.status === 'loading' ? 0.6 : 1 }}>
          {preview.allocations.length === 0 ? (
            <Text size="sm">It pays no invoice: none is open on that date.</Text>
          ) : null}
          {preview.allocations.map((a) => {
            const invoice = byId.get(a.invoiceId);
            const full = invoice !== undefined && a.amount === invoice.open;
            return (
              <Group key={a.invoiceId} justify="space-between" wrap="nowrap" gap="sm">
                <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
                  <IconArrowRight size={14} stroke={1.8} color="var(--mantine-color-dimmed)" aria-hidden />
                  <Text size="sm" fw={500}>
                    {a.invoiceNumber}
                  </Text>
                  {invoice ? (
                    <Text size="xs" c="dimmed">
                      due <DateText value={invoice.dueDate} />
                    </Text>
                  ) : null}
                </Group>
                <Group gap={8} wrap="nowrap">
                  <Badge size="sm" radius="sm" variant="light" color={full ? 'petrol' : 'yellow'} tt="none">
                    {full ? 'in full' : 'part'}
                  </Badge>
                  <Text size="sm" fw={600} miw={84} ta="right">
                    <Money value={a.amount} />
                  </Text>
                </Group>
              </Group>
            );
          })}
          {preview.unapplied > 0 ? (
            <Group justify="space-between" wrap="nowrap" gap="sm" pt={4}>
              <Text size="sm" c="teal">
                Stays with the customer as credit
              </Text>
              <Text size="sm" fw={600} c="teal">
                <Money value={preview.unapplied} />
              </Text>
            </Group>
          ) : preview.allocations.length > 0 ? (
            <Text size="xs" c="dimmed" pt={4}>
              Nothing left over as credit.
            </Text>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}
