import { Table, Text } from '@mantine/core';
import type { DrillCustomer } from '../../../../shared/contract/dashboard';
import { DateText } from '../../../components/DateText';
import { Money } from '../../../components/Money';
import nt from '../../../components/number-table.module.css';
import { dayCount, type Say } from '../words';

/** How late an open invoice is, in words: "Not yet due", "Due today", "23 days overdue". */
function lateWords(daysOverdue: number, locale: string): string {
  if (daysOverdue < 0) return 'Not yet due';
  if (daysOverdue === 0) return 'Due today';
  return `${dayCount(daysOverdue, locale)} overdue`;
}

/** One customer's invoices in the drill-down: those in the slice clicked, oldest due first. */
export function DrillInvoices({ customer, say }: { customer: DrillCustomer; say: Say }) {
  const invoices = [...customer.invoices].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <Table
      className={nt.table}
      verticalSpacing={4}
      fz="sm"
      withRowBorders={false}
      aria-label={`Invoices of ${customer.name}`}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Invoice</Table.Th>
          <Table.Th>Issued</Table.Th>
          <Table.Th>Due</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th className={nt.numbers}>Still owed</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {invoices.map((i) => (
          <Table.Tr key={i.id}>
            <Table.Td fw={500}>{i.number}</Table.Td>
            <Table.Td>
              <DateText value={i.issueDate} />
            </Table.Td>
            <Table.Td>
              <DateText value={i.dueDate} />
            </Table.Td>
            <Table.Td>
              <Text
                component="span"
                inherit
                c={i.daysOverdue > 30 ? 'red.7' : i.daysOverdue > 0 ? 'orange.8' : 'dimmed'}
              >
                {lateWords(i.daysOverdue, say.locale)}
              </Text>
            </Table.Td>
            <Table.Td className={nt.numbers}>
              <Money value={i.open} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
