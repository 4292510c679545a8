import { Group, Loader, Text } from '@mantine/core';
import type { CustomerList } from '../../../../shared/contract/customers';
import { DateText } from '../../../components/DateText';
import { Money } from '../../../components/Money';
import { plural } from '../words';

/** "3 customers · £850.00 owed · £300.00 overdue": the rows shown, and main's totals for them. */
export function CustomerListSummary({ list, refreshing }: { list: CustomerList; refreshing: boolean }) {
  const { balance: owed, overdue } = list.totals;
  const shown = list.rows.length;
  return (
    <Group justify="space-between" mb="xs" px={4} gap="xs" wrap="nowrap">
      <Text size="sm" aria-live="polite" data-testid="customers-summary">
        <Text component="span" inherit fw={600}>
          {shown === list.total
            ? plural(shown, 'customer')
            : `${shown.toLocaleString('en-GB')} of ${plural(list.total, 'customer')}`}
        </Text>
        {shown > 0 ? (
          <>
            <Text component="span" inherit c="dimmed">
              {' · '}
            </Text>
            <Money value={owed} /> owed
          </>
        ) : null}
        {overdue > 0 ? (
          <>
            <Text component="span" inherit c="dimmed">
              {' · '}
            </Text>
            <Money value={overdue} /> overdue
          </>
        ) : null}
      </Text>
      <Group gap={6} wrap="nowrap">
        {refreshing ? <Loader size={12} type="oval" aria-label="Updating" /> : null}
        <Text size="xs" c="dimmed">
          As of <DateText value={list.asOf} />
        </Text>
      </Group>
    </Group>
  );
}
