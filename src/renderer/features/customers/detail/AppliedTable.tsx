import { Table, Text } from '@mantine/core';
import type { AllocationDto } from '../../../../shared/contract/payments';
import { DateText } from '../../../components/DateText';
import { Money } from '../../../components/Money';
import nt from '../../../components/number-table.module.css';
import { useShowMore } from '../../../components/ShowMore';
import { AppliedTo } from './AppliedTo';

/** A payment or a credit note, as a row: when, which, how much, and where the money went. */
export interface AppliedRow {
  id: number;
  date: string;
  name: string;
  /** A quiet line under the name (method and note, the reason); none when empty. */
  detail: string;
  /** The whole of a long detail, on hover. */
  detailTitle?: string | undefined;
  amount: number;
  allocations: AllocationDto[];
  unapplied: number;
}

interface AppliedTableProps {
  rows: AppliedRow[];
  /** The table's name, and the heading of its second column: "Payments" / "Payment". */
  label: string;
  column: string;
  /** What to say while there are none, and how to add one. */
  empty: string;
}

/** Payments or credit notes, newest first, each with the invoices its money went to. */
export function AppliedTable({ rows, label, column, empty }: AppliedTableProps) {
  const { shown, more } = useShowMore(rows, 20);
  if (rows.length === 0) {
    return (
      <Text c="dimmed" size="sm" py="lg" ta="center">
        {empty}
      </Text>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table className={nt.table} verticalSpacing="sm" highlightOnHover aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>{column}</Table.Th>
              <Table.Th className={nt.numbers}>Amount</Table.Th>
              <Table.Th w={24} aria-hidden />
              <Table.Th>Applied to</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <DateText value={row.date} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {row.name}
                  </Text>
                  {row.detail ? (
                    <Text size="xs" c="dimmed" maw={240} truncate title={row.detailTitle || undefined}>
                      {row.detail}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td className={nt.numbers} fw={600}>
                  <Money value={row.amount} />
                </Table.Td>
                <Table.Td c="dimmed" aria-hidden>
                  →
                </Table.Td>
                <Table.Td className={nt.wrap}>
                  <AppliedTo allocations={row.allocations} unapplied={row.unapplied} />
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
