import { Code, DataList, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';

const TRANSPORT_LABEL = {
  electron: 'Desktop app',
  http: 'Browser mode, on this computer only',
} as const;

export function SettingsPage({ takeFocus }: { takeFocus: boolean }) {
  const info = useQuery('app.info', {});
  const books = useQuery('books.status', {});
  return (
    <>
      <PageHeader
        title="Settings"
        subtitle="Where your books are kept, and which Duly is reading them."
        takeFocus={takeFocus}
      />
      <Stack gap="lg">
        <Paper withBorder radius="lg" p="xl">
          <Title order={2} fz="lg" mb="lg">
            Your books
          </Title>
          {info.status === 'error' ? (
            <ErrorAlert error={info.error} title="Could not read the books' details" onRetry={info.reload} />
          ) : (
            <DataList withDivider labelWidth={160} gap="md">
              <Row label="Books file">
                {books.data?.open ? (
                  <Code fz="sm">{books.data.open.path}</Code>
                ) : (
                  <Skeleton height={20} width="70%" />
                )}
              </Row>
              <Row label="Schema version">
                {books.data?.open ? (
                  <Code fz="sm">{books.data.open.schemaVersion}</Code>
                ) : (
                  <Skeleton height={20} width={180} />
                )}
              </Row>
              <Row label="Duly version">
                {info.data ? info.data.version : <Skeleton height={20} width={60} />}
              </Row>
              <Row label="Running as">
                {info.data ? TRANSPORT_LABEL[info.data.transport] : <Skeleton height={20} width={120} />}
              </Row>
            </DataList>
          )}
        </Paper>
        <Paper withBorder radius="lg" p="xl">
          <Title order={2} fz="lg" mb={6}>
            Your business
          </Title>
          <Text size="sm" c="dimmed">
            Your business name and address, currency, date format and payment terms will be set here soon.
          </Text>
        </Paper>
      </Stack>
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
      <DataList.ItemValue style={{ wordBreak: 'break-all' }}>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
