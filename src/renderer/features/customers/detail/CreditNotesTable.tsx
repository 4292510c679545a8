import { Table, Text } from '@mantine/core';
import type { CustomerInvoiceRow } from '../../../../shared/contract/customers';
import type { CreditNoteDto } from '../../../../shared/contract/payments';
import { DateText } from '../../../components/DateText';
import { Money } from '../../../components/Money';
import { AppliedTo } from './AppliedTo';
import classes from './customer-detail.module.css';
import { useShowMore } from './ShowMore';

/** Credit notes, newest first: why, against which invoice, and where the credit went. */
export function CreditNotesTable({
  creditNotes,
  invoices,
}: {
  creditNotes: CreditNoteDto[];
  invoices: CustomerInvoiceRow[];
}) {
  const { shown, more } = useShowMore(creditNotes, 20);
  if (creditNotes.length === 0) {
    return (
      <Text c="dimmed" size="sm" py="lg" ta="center">
        No credit notes. Add one with “Add credit note” above when goods come back or a price was wrong.
      </Text>
    );
  }
  const numberOf = new Map(invoices.map((i) => [i.id, i.number]));
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table className={classes.table} verticalSpacing="sm" highlightOnHover aria-label="Credit notes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Credit note</Table.Th>
              <Table.Th className={classes.numbers}>Amount</Table.Th>
              <Table.Th w={24} aria-hidden />
              <Table.Th>Applied to</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <DateText value={c.date} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {c.number}
                  </Text>
                  <Text size="xs" c="dimmed" maw={240} truncate title={c.reason || undefined}>
                    {[
                      c.reason,
                      c.invoiceId !== null ? `for ${numberOf.get(c.invoiceId) ?? 'an invoice'}` : '',
                    ]
                      .filter(Boolean)
                      .join(' · ') || 'No reason given'}
                  </Text>
                </Table.Td>
                <Table.Td className={classes.numbers} fw={600}>
                  <Money value={c.amount} />
                </Table.Td>
                <Table.Td c="dimmed" aria-hidden>
                  →
                </Table.Td>
                <Table.Td className={classes.wrap}>
                  <AppliedTo allocations={c.allocations} unapplied={c.unapplied} />
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
