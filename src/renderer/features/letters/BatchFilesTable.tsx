import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconFileTypePdf, IconMail } from '@tabler/icons-react';
import type { BatchResult } from '../../../shared/contract/batch';
import { Money } from '../../components/Money';
import { SectionCard } from '../../components/SectionCard';
import { useShowMore } from '../../components/ShowMore';
import { hrefTo } from '../../shell/use-route';
import { handOff } from './batch-actions';

interface BatchFilesTableProps {
  jobId: string;
  result: BatchResult;
  /** The desktop app: each file opens in its own program from here. */
  desktop: boolean;
}

/** Each customer's files in the batch, with what their document asks for. */
export function BatchFilesTable({ jobId, result, desktop }: BatchFilesTableProps) {
  const { shown, more } = useShowMore(result.files, 50);
  const noEmail = new Set(result.withoutEmail.map((w) => w.customerId));
  return (
    <SectionCard
      title="Each customer’s files"
      description="Named by the customer’s reference, in the folder above."
    >
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" aria-label="Each customer’s files">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Customer</Table.Th>
              <Table.Th ta="right">Pages</Table.Th>
              <Table.Th ta="right">Asks for</Table.Th>
              <Table.Th>Files</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((f) => (
              <Table.Tr key={f.customerId}>
                <Table.Td>
                  <Anchor href={hrefTo(`customers/${f.customerId}`)} size="sm">
                    {f.name}
                  </Anchor>
                  <Text span size="xs" c="dimmed" ml={6}>
                    {f.ref}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{f.pages}</Table.Td>
                <Table.Td ta="right">
                  <Money value={f.amountDue} />
                </Table.Td>
                <Table.Td>
                  {desktop ? (
                    <Group gap={6} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        leftSection={<IconFileTypePdf size={14} />}
                        onClick={() => handOff(jobId, 'open', f.pdf)}
                        aria-label={`Open ${f.pdf}`}
                      >
                        PDF
                      </Button>
                      {f.eml ? (
                        <Button
                          size="compact-sm"
                          variant="default"
                          leftSection={<IconMail size={14} />}
                          onClick={() => handOff(jobId, 'open', f.eml!)}
                          aria-label={`Open the email draft ${f.eml}`}
                        >
                          Email draft
                        </Button>
                      ) : null}
                    </Group>
                  ) : (
                    <Text size="sm" style={{ wordBreak: 'break-all' }}>
                      {f.pdf}
                      {f.eml ? ` · ${f.eml}` : ''}
                    </Text>
                  )}
                  {noEmail.has(f.customerId) ? (
                    <Badge color="orange" variant="light" size="sm" mt={4}>
                      No email
                    </Badge>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {more}
    </SectionCard>
  );
}
