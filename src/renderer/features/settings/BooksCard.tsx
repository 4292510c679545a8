import { Button, Code, DataList, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { AppInfo } from '../../../shared/contract/app';
import { useAppData } from '../../app-data';
import { SectionCard } from '../../components/SectionCard';
import { reveal } from './backups/use-backup-actions';

const RUNNING_AS: Record<AppInfo['transport'], string> = {
  electron: 'Desktop app',
  http: 'Browser mode, on this computer only',
};

/** Which file Duly is reading, and which Duly: what support needs to hear, in one place. */
export function BooksCard() {
  const { info, books } = useAppData();
  const open = books?.open;
  return (
    <SectionCard title="Your books" description="The file your records are kept in, and the Duly reading it.">
      <DataList withDivider labelWidth={160} gap="md">
        <Row label="Books">
          {open ? (
            <Stack gap={6} align="flex-start">
              <Text size="sm" fw={600}>
                {open.name}
              </Text>
              <Code fz="sm" style={{ wordBreak: 'break-all' }}>
                {open.path}
              </Code>
              {info?.nativeDialogs ? (
                <Button
                  size="xs"
                  variant="subtle"
                  px={6}
                  leftSection={<IconFolderOpen size={16} stroke={1.6} />}
                  onClick={() => reveal(open.path)}
                >
                  Show in folder
                </Button>
              ) : null}
            </Stack>
          ) : books ? (
            <Text size="sm" c="dimmed">
              No books are open.
            </Text>
          ) : (
            <Skeleton height={20} width="70%" />
          )}
        </Row>
        <Row label="Schema version">
          {open ? <Code fz="sm">{open.schemaVersion}</Code> : <Skeleton height={20} width={180} />}
        </Row>
        <Row label="Duly version">{info ? info.version : <Skeleton height={20} width={60} />}</Row>
        <Row label="Running as">
          {info ? RUNNING_AS[info.transport] : <Skeleton height={20} width={120} />}
        </Row>
      </DataList>
    </SectionCard>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        <Group gap="xs">{children}</Group>
      </DataList.ItemValue>
    </DataList.Item>
  );
}
