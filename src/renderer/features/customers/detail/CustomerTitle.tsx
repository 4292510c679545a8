import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCash, IconFileInvoice, IconReceiptRefund } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { CustomerDto } from '../../../../shared/contract/customers';
import { hrefTo } from '../../../shell/use-route';

export type CustomerAction = 'payment' | 'invoice' | 'credit';

interface CustomerTitleProps {
  customer: CustomerDto;
  takeFocus: boolean;
  onAction: (action: CustomerAction) => void;
}

/** Back to the list, the customer's name as the page's heading, reference and tags, and what to do. */
export function CustomerTitle({ customer, takeFocus, onAction }: CustomerTitleProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus({ preventScroll: true });
  }, [takeFocus]);
  return (
    <Stack gap="xs" mb="xl">
      <Anchor href={hrefTo('customers')} size="sm" c="dimmed" w="fit-content">
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={14} stroke={1.8} />
          Back to customers
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Title order={1} fz={26} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
            {customer.name}
          </Title>
          <Group gap={8}>
            <Text size="sm" c="dimmed" ff="monospace">
              {customer.ref}
            </Text>
            {customer.tags.map((tag) => (
              <Badge key={tag} variant="light" color="gray" radius="sm" tt="none" fw={500}>
                {tag}
              </Badge>
            ))}
          </Group>
        </Stack>
        {/* On the right, also when a long name pushes the buttons onto their own line. */}
        <Group gap="xs" ml="auto">
          <Button
            variant="default"
            leftSection={<IconFileInvoice size={16} stroke={1.6} />}
            onClick={() => onAction('invoice')}
          >
            Add invoice
          </Button>
          <Button
            variant="default"
            leftSection={<IconReceiptRefund size={16} stroke={1.6} />}
            onClick={() => onAction('credit')}
          >
            Add credit note
          </Button>
          <Button leftSection={<IconCash size={16} stroke={1.6} />} onClick={() => onAction('payment')}>
            Record payment
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
