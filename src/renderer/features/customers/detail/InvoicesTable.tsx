import { Table, Text } from '@mantine/core';
import type { CustomerInvoiceRow } from '../../../../shared/contract/customers';
import { DateText, useDateFormat } from '../../../components/DateText';
import { Money } from '../../../components/Money';
import nt from '../../../components/number-table.module.css';
import { useShowMore } from '../../../components/ShowMore';
import { invoiceStatusWords, latenessOf } from '../words';
import classes from './customer-detail.module.css';

const STATUS_COLOUR = {
  none: undefined,
  late: 'orange',
  'very-late': 'orange',
  'long-overdue': 'red',
} as const;

/** Open invoices first (the oldest due at the top), then the paid ones, newest first. */
export function InvoicesTable({ invoices }: { invoices: CustomerInvoiceRow[] }) {
  const formatDate = useDateFormat();
  const open = invoices.filter((i) => i.paidOn === null).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const paid = invoices.filter((i) => i.paidOn !== null);
  const { shown, more } = useShowMore([...open, ...paid], Math.max(open.length + 10, 20));
  if (invoices.length === 0) {
    return (
      <Text c="dimmed" size="sm" py="lg" ta="center">
        No invoices yet. Add one with “Add invoice” above.
      </Text>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table
          className={`${nt.table} ${classes.invoices}`}
          verticalSpacing="sm"
          highlightOnHover
          aria-label="Invoices"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Invoice</Table.Th>
              <Table.Th>Issued</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th className={nt.numbers}>Total</Table.Th>
              <Table.Th className={nt.numbers}>Still owed</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((invoice) => (
              <Table.Tr key={invoice.id} data-paid={invoice.paidOn !== null}>
                <Table.Td fw={500}>{invoice.number}</Table.Td>
                <Table.Td>
                  <DateText value={invoice.issueDate} />
                </Table.Td>
                <Table.Td>
                  <DateText value={invoice.dueDate} />
                </Table.Td>
                <Table.Td className={nt.numbers}>
                  <Money value={invoice.total} />
                </Table.Td>
                <Table.Td className={nt.numbers}>
                  <Money value={invoice.open} dashForZero fw={invoice.open > 0 ? 600 : undefined} />
                </Table.Td>
                <Table.Td>
                  <Text
                    component="span"
                    size="sm"
                    c={invoice.paidOn === null ? STATUS_COLOUR[latenessOf(invoice.daysOverdue)] : 'dimmed'}
                  >
                    {invoiceStatusWords(invoice, formatDate)}
                  </Text>
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
