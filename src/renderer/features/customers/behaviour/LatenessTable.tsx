import { Table, Text } from '@mantine/core';
import type { BehaviourPoint } from '../../../../shared/contract/behaviour';
import { DateText } from '../../../components/DateText';
import { Money } from '../../../components/Money';
import nt from '../../../components/number-table.module.css';
import { pointLateWords } from './behaviour-words';

/** The chart's invoices as a table, newest first (as on the rest of the customer's page). */
export function LatenessTable({ points }: { points: BehaviourPoint[] }) {
  const newestFirst = [...points].reverse();
  return (
    <Table.ScrollContainer minWidth={360} mah={260}>
      <Table
        className={nt.table}
        verticalSpacing={4}
        horizontalSpacing="xs"
        stickyHeader
        aria-label="Days late, invoice by invoice"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Invoice</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Paid</Table.Th>
            <Table.Th>Days late</Table.Th>
            <Table.Th className={nt.numbers}>Amount</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {newestFirst.map((p) => (
            <Table.Tr key={p.invoiceId}>
              <Table.Td fw={500}>{p.number}</Table.Td>
              <Table.Td>
                <DateText value={p.dueDate} />
              </Table.Td>
              <Table.Td>
                {p.paidOn ? (
                  <DateText value={p.paidOn} />
                ) : (
                  <Text component="span" inherit c="dimmed">
                    Not yet
                  </Text>
                )}
              </Table.Td>
              <Table.Td className={nt.wrap}>
                <Text component="span" inherit c={p.open ? 'red.7' : p.daysLate === 0 ? 'dimmed' : undefined}>
                  {pointLateWords(p.daysLate, p.open)}
                </Text>
              </Table.Td>
              <Table.Td className={nt.numbers}>
                <Money value={p.amount} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
