import {
  Alert,
  Anchor,
  Button,
  Code,
  CopyButton,
  Group,
  List,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCheck, IconDownload, IconFolder, IconPrinter, IconRefresh } from '@tabler/icons-react';
import type { BatchResult as Result } from '../../../shared/contract/batch';
import { useAppData } from '../../app-data';
import { EmailDraftNote } from '../../components/EmailDraftNote';
import { useShowMore } from '../../components/ShowMore';
import { hrefTo } from '../../shell/use-route';
import { BatchFilesTable } from './BatchFilesTable';
import { combinedPdf, handOff } from './batch-actions';
import { documentsCount } from './selection';

interface BatchResultProps {
  jobId: string;
  result: Result;
  onAnother: () => void;
}

/**
 * A finished batch: print everything from the one combined PDF, find each customer's files in the
 * folder, and see plainly who got no email draft (no address) or no letter (nothing overdue).
 */
export function BatchResult({ jobId, result, onAnother }: BatchResultProps) {
  const { info } = useAppData();
  const desktop = info?.handOff === true;
  const made = documentsCount(result.kind, result.files.length);
  const drafts = result.files.filter((f) => f.eml !== null).length;
  return (
    <Stack gap="lg" data-testid="batch-result">
      <Paper withBorder radius="lg" p="xl">
        <Stack gap="md">
          <Group gap="md" wrap="nowrap" align="flex-start">
            <ThemeIcon size={40} radius="xl" variant="light" color="petrol" aria-hidden>
              <IconCheck size={22} stroke={1.8} />
            </ThemeIcon>
            <div>
              <Title order={2} fz="lg">
                {made} ready
              </Title>
              <Text size="sm" c="dimmed">
                {result.combined.pages.toLocaleString()} pages in one PDF, ready to print; each one is on its
                customer’s history.
              </Text>
            </div>
          </Group>
          <Group gap="sm">
            <Button
              leftSection={<IconPrinter size={16} stroke={1.6} />}
              onClick={() => (desktop ? handOff(jobId, 'print') : combinedPdf(jobId, 'tab'))}
            >
              Print all
            </Button>
            {desktop ? (
              <Button
                variant="default"
                leftSection={<IconFolder size={16} stroke={1.6} />}
                onClick={() => handOff(jobId, 'reveal')}
              >
                Show in folder
              </Button>
            ) : (
              <Button
                variant="default"
                leftSection={<IconDownload size={16} stroke={1.6} />}
                onClick={() => combinedPdf(jobId, 'download')}
              >
                Download the combined PDF
              </Button>
            )}
            <Button variant="subtle" leftSection={<IconRefresh size={16} stroke={1.6} />} onClick={onAnother}>
              Make another batch
            </Button>
          </Group>
          <Text size="sm">
            The files are in{' '}
            <Code data-testid="batch-folder" style={{ wordBreak: 'break-all' }}>
              {result.folder}
            </Code>{' '}
            <CopyButton value={result.folder}>
              {({ copied, copy }) => (
                <Anchor component="button" type="button" size="sm" onClick={copy}>
                  {copied ? 'Copied' : 'Copy the path'}
                </Anchor>
              )}
            </CopyButton>
            <br />
            <Text span size="sm" c="dimmed">
              {result.combined.fileName} holds them all; each customer also has a PDF of their own named by
              their reference.
            </Text>
          </Text>
        </Stack>
      </Paper>

      {drafts > 0 ? (
        <EmailDraftNote
          title={`${drafts.toLocaleString()} email draft${drafts === 1 ? '' : 's'} made`}
          openIt={
            desktop
              ? 'Open one with its button below, or from the folder.'
              : 'Each customer’s .eml file is in the folder, beside their PDF.'
          }
        />
      ) : null}

      {result.withoutEmail.length > 0 ? (
        <Alert
          color="orange"
          title={`${customersCount(result.withoutEmail.length)} without an email address`}
        >
          <Text size="sm" mb="xs">
            These customers got a PDF but no email draft. Print theirs from the combined PDF, or add their
            address and make the batch again.
          </Text>
          <CustomerLinks customers={result.withoutEmail} />
        </Alert>
      ) : null}

      {result.nothingToSend.length > 0 ? (
        <Alert color="gray" title={`${customersCount(result.nothingToSend.length)} with nothing to send`}>
          <CustomerLinks customers={result.nothingToSend} />
        </Alert>
      ) : null}

      {<BatchFilesTable jobId={jobId} result={result} desktop={desktop} />}
    </Stack>
  );
}

const customersCount = (n: number): string => `${n.toLocaleString()} customer${n === 1 ? '' : 's'}`;

/** A few names at first: a batch for a big shop can leave hundreds without an email address. */
function CustomerLinks({
  customers,
}: {
  customers: readonly { customerId: number; ref: string; name: string; reason?: string }[];
}) {
  const { shown, more } = useShowMore([...customers], 12);
  return (
    <>
      <List size="sm" spacing={2}>
        {shown.map((c) => (
          <List.Item key={c.customerId}>
            <Anchor href={hrefTo(`customers/${c.customerId}`)} size="sm">
              {c.name}
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              ({c.ref}){c.reason ? ` — ${c.reason}` : ''}
            </Text>
          </List.Item>
        ))}
      </List>
      {more}
    </>
  );
}
