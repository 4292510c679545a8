import {
  ActionIcon,
  Button,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconArrowBackUp,
  IconDownload,
  IconFolderOpen,
  IconRefresh,
  IconShieldCheck,
  IconUpload,
  IconUser,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { BackupDto, BackupKind } from '../../../../shared/contract/backups';
import { useAppData } from '../../../app-data';
import { useDateTimeFormat } from '../../../components/DateTimeText';
import { describeBackup, downloadHref, formatBytes, KIND_LABEL } from './backup-words';

/** More than this many backups and the rest wait behind "Show all": the newest are the ones used. */
const FIRST_SHOWN = 6;

const KIND_ICON: Record<BackupKind, ReactNode> = {
  manual: <IconUser size={16} stroke={1.6} />,
  automatic: <IconRefresh size={16} stroke={1.6} />,
  'before-restore': <IconArrowBackUp size={16} stroke={1.6} />,
  'before-upgrade': <IconUpload size={16} stroke={1.6} />,
};

interface BackupListProps {
  /** Newest first, as main lists them. */
  backups: BackupDto[];
  /** Browser mode: each backup can be downloaded; the desktop app shows it in its folder instead. */
  downloads: boolean;
  onRestore(backup: BackupDto): void;
  onReveal(backup: BackupDto): void;
}

export function BackupList({ backups, downloads, onRestore, onReveal }: BackupListProps) {
  const [showAll, setShowAll] = useState(false);
  const { settings } = useAppData();
  const when = useDateTimeFormat();
  const locale = settings?.locale ?? 'en-GB';

  if (backups.length === 0) {
    return (
      <Group gap="sm" wrap="nowrap" py="md" c="dimmed">
        <IconShieldCheck size={22} stroke={1.5} aria-hidden />
        <Text size="sm">
          No backups yet. Once your books hold customers, Duly makes one each time they are opened; you can
          also back up now.
        </Text>
      </Group>
    );
  }

  const shown = showAll ? backups : backups.slice(0, FIRST_SHOWN);
  return (
    <Stack gap="xs">
      <Table verticalSpacing="sm" horizontalSpacing="sm" aria-label="Backups, newest first">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Made</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th ta="right">Size</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((backup) => {
            const made = when(backup.createdAt);
            const which = describeBackup(backup.kind, made);
            return (
              <Table.Tr key={backup.path}>
                <Table.Td>
                  <Text
                    size="sm"
                    fw={500}
                    style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                  >
                    <time dateTime={backup.createdAt}>{made}</time>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={8} wrap="nowrap" c="dimmed">
                    <span aria-hidden style={{ display: 'flex' }}>
                      {KIND_ICON[backup.kind]}
                    </span>
                    <Text size="sm">{KIND_LABEL[backup.kind]}</Text>
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  <Text
                    size="sm"
                    c="dimmed"
                    style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                  >
                    {formatBytes(backup.bytes, locale)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    {downloads ? (
                      <Tooltip label="Download" openDelay={300}>
                        <ActionIcon
                          component="a"
                          href={downloadHref(backup.name)}
                          download={backup.name}
                          variant="subtle"
                          color="gray"
                          size="lg"
                          aria-label={`Download ${which}`}
                        >
                          <IconDownload size={18} stroke={1.6} />
                        </ActionIcon>
                      </Tooltip>
                    ) : (
                      <Tooltip label="Show in folder" openDelay={300}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="lg"
                          aria-label={`Show ${which} in its folder`}
                          onClick={() => onReveal(backup)}
                        >
                          <IconFolderOpen size={18} stroke={1.6} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                    <Button
                      variant="default"
                      size="xs"
                      aria-label={`Restore ${which}`}
                      onClick={() => onRestore(backup)}
                    >
                      Restore…
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {backups.length > FIRST_SHOWN ? (
        <Group justify="center">
          <Button variant="subtle" size="xs" onClick={() => setShowAll((all) => !all)}>
            {showAll ? 'Show only the newest' : `Show all ${backups.length} backups`}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** Rows of grey while the list is read, the same height as the rows to come. */
export function BackupListSkeleton() {
  return (
    <Stack gap="sm" aria-hidden>
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} height={32} />
      ))}
    </Stack>
  );
}
