import { Button, Table, Text, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentSummary } from '../../../../../shared/contract/delivery';
import type { DocumentVia } from '../../../../../shared/contract/templates';
import { invoke, problemMessage } from '../../../../api/client';
import { useQuery } from '../../../../api/use-query';
import { DateText } from '../../../../components/DateText';
import { DateTimeText } from '../../../../components/DateTimeText';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Money } from '../../../../components/Money';
import { notifyProblem } from '../../../../components/notify';
import { saveDownload } from '../../../../components/save-download';
import { TONE_LABELS } from './tone';

const HOW: Record<DocumentVia, string> = {
  pdf: 'Saved as PDF',
  print: 'Printed',
  email: 'Email draft',
  batch: 'In a batch',
};

function what(d: DocumentSummary): string {
  if (d.kind === 'letter') return d.tone ? TONE_LABELS[d.tone] : 'Letter';
  return d.kind === 'activity' ? 'Activity statement' : 'Statement';
}

/** Everything produced for this customer, newest first; Open gives back the very file it was. */
export function DocumentHistory({ customerId }: { customerId: number }) {
  const history = useQuery('documents.history', { customerId });
  const [opening, setOpening] = useState<number | null>(null);

  const reopen = async (d: DocumentSummary) => {
    setOpening(d.id);
    try {
      saveDownload(await invoke('documents.reopen', { documentId: d.id }));
    } catch (e) {
      notifyProblem({
        id: 'document-reopen',
        title: `Could not open “${d.fileName}”`,
        message: problemMessage(e),
      });
    } finally {
      setOpening(null);
    }
  };

  return (
    <section aria-labelledby="document-history">
      <Title order={3} fz="md" id="document-history" mt="sm" mb="xs">
        Sent and saved
      </Title>
      {history.status === 'error' ? (
        <ErrorAlert error={history.error} title="Could not read the history" onRetry={history.reload} />
      ) : history.status === 'loading' ? (
        <Text size="sm" c="dimmed">
          Reading the history…
        </Text>
      ) : history.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing yet. Statements and letters you save, print or email appear here, with their files.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} data-testid="document-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>What</Table.Th>
                <Table.Th>Dated</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th>How</Table.Th>
                <Table.Th>Made</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{what(d)}</Table.Td>
                  <Table.Td>
                    {d.periodFrom ? (
                      <>
                        <DateText value={d.periodFrom} /> to <DateText value={d.asOf} />
                      </>
                    ) : (
                      <DateText value={d.asOf} />
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Money value={d.amountDue} currency={d.currency} />
                  </Table.Td>
                  <Table.Td>{HOW[d.via]}</Table.Td>
                  <Table.Td>
                    <DateTimeText value={d.createdAt} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconFileText size={14} stroke={1.6} />}
                      loading={opening === d.id}
                      onClick={() => reopen(d)}
                      aria-label={`Open ${what(d)} of ${d.asOf}`}
                    >
                      Open
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
