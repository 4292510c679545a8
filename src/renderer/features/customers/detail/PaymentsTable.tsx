import { Table, Text } from '@mantine/core';
import type { PaymentDto } from '../../../../shared/contract/payments';
import { DateText } from '../../../components/DateText';
import { Money } from '../../../components/Money';
import { methodLabel } from '../words';
import { AppliedTo } from './AppliedTo';
import classes from './customer-detail.module.css';
import { useShowMore } from './ShowMore';

/** Every payment, newest first, each with the invoices its money went to. */
export function PaymentsTable({ payments }: { payments: PaymentDto[] }) {
  const { shown, more } = useShowMore(payments, 20);
  if (payments.length === 0) {
    return (
      <Text c="dimmed" size="sm" py="lg" ta="center">
        No payments yet. Record one with “Record payment” above.
      </Text>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table className={classes.table} verticalSpacing="sm" highlightOnHover aria-label="Payments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Payment</Table.Th>
              <Table.Th className={classes.numbers}>Amount</Table.Th>
              <Table.Th w={24} aria-hidden />
              <Table.Th>Applied to</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <DateText value={p.date} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {p.ref}
                  </Text>
                  {p.method || p.note ? (
                    <Text size="xs" c="dimmed" maw={220} truncate title={p.note || undefined}>
                      {[methodLabel(p.method), p.note].filter(Boolean).join(' · ')}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td className={classes.numbers} fw={600}>
                  <Money value={p.amount} />
                </Table.Td>
                <Table.Td c="dimmed" aria-hidden>
                  →
                </Table.Td>
                <Table.Td className={classes.wrap}>
                  <AppliedTo allocations={p.allocations} unapplied={p.unapplied} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {more}
    </>
  );
}
