import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { CustomerDto } from '../../../../shared/contract/customers';
import { useAppData } from '../../../app-data';
import { Money } from '../../../components/Money';

/** How to reach the customer and on what terms; Edit opens the customer form. */
export function ContactCard({ customer, onEdit }: { customer: CustomerDto; onEdit: () => void }) {
  const { settings } = useAppData();
  const address = [
    customer.addressLine1,
    customer.addressLine2,
    [customer.city, customer.postcode].filter(Boolean).join(' '),
    customer.country,
  ].filter((line) => line.trim() !== '');
  const terms = customer.paymentTermsDays ?? settings?.defaultPaymentTermsDays;
  return (
    <Paper withBorder radius="lg" p="lg" h="100%">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Text fw={600}>Contact details</Text>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPencil size={14} stroke={1.6} />}
          onClick={onEdit}
          aria-label="Edit contact details"
        >
          Edit
        </Button>
      </Group>
      <Stack gap={6}>
        <Line label="Contact">{customer.contactName}</Line>
        <Line label="Email">
          {customer.email ? (
            <Anchor href={`mailto:${customer.email}`} size="sm" inherit>
              {customer.email}
            </Anchor>
          ) : null}
        </Line>
        <Line label="Phone">{customer.phone}</Line>
        <Line label="Address">{address.length > 0 ? address.join(', ') : null}</Line>
        <Line label="Terms">
          {terms === undefined
            ? null
            : `${terms} days${customer.paymentTermsDays === null ? ' (your usual terms)' : ''}`}
        </Line>
        <Line label="Credit limit">
          {customer.creditLimit === null ? 'None' : <Money value={customer.creditLimit} />}
        </Line>
      </Stack>
    </Paper>
  );
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  const empty = children === null || children === '' || children === undefined;
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={92} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" c={empty ? 'dimmed' : undefined} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {empty ? '—' : children}
      </Text>
    </Group>
  );
}
