import { Alert, Button, Group, Text } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconDownload, IconFolderOpen } from '@tabler/icons-react';
import type { BackupDto } from '../../../../shared/contract/backups';
import { useAppData } from '../../../app-data';
import { downloadHref, formatBytes } from './backup-words';

// What just happened, said where it happened: under the card's buttons, until the owner closes it.

interface BackupMadeProps {
  backup: BackupDto;
  /** Browser mode: offer the download; the desktop app offers "Show in folder". */
  downloads: boolean;
  onReveal(): void;
  onClose(): void;
}

export function BackupMadeAlert({ backup, downloads, onReveal, onClose }: BackupMadeProps) {
  const { settings } = useAppData();
  return (
    <Alert
      variant="light"
      radius="lg"
      color="petrol"
      title="Your books are backed up"
      icon={<IconCircleCheck size={20} stroke={1.6} />}
      withCloseButton
      closeButtonLabel="Close this message"
      onClose={onClose}
    >
      <Text size="sm">
        {downloads ? 'A copy was saved with your books as ' : 'A copy was saved as '}
        <Text span inherit fw={600} style={{ wordBreak: 'break-all' }}>
          {downloads ? backup.name : backup.path}
        </Text>{' '}
        ({formatBytes(backup.bytes, settings?.locale ?? 'en-GB')}).
        {downloads ? ' Download it to keep a copy somewhere safe, away from this computer.' : null}
      </Text>
      <Group mt="sm">
        {downloads ? (
          <Button
            component="a"
            href={downloadHref(backup.name)}
            download={backup.name}
            size="xs"
            leftSection={<IconDownload size={16} stroke={1.6} />}
          >
            Download the backup
          </Button>
        ) : (
          <Button
            size="xs"
            variant="white"
            leftSection={<IconFolderOpen size={16} stroke={1.6} />}
            onClick={onReveal}
          >
            Show in folder
          </Button>
        )}
      </Group>
    </Alert>
  );
}

interface RestoredProps {
  /** "the backup from 23/11/2026 10:04". */
  what: string;
  /** The copy main made just before the restore, once the list shows it: the way back. */
  undo: BackupDto | undefined;
  onUndo(backup: BackupDto): void;
  onClose(): void;
}

export function RestoredAlert({ what, undo, onUndo, onClose }: RestoredProps) {
  return (
    <Alert
      variant="light"
      radius="lg"
      color="petrol"
      title="The backup is restored"
      icon={<IconCircleCheck size={20} stroke={1.6} />}
      withCloseButton
      closeButtonLabel="Close this message"
      onClose={onClose}
    >
      <Text size="sm">
        Your books now hold {what}. The books as they were a moment ago are kept in the list below as “Before
        a restore”.
      </Text>
      {undo ? (
        <Group mt="sm">
          <Button
            size="xs"
            variant="white"
            leftSection={<IconArrowBackUp size={16} stroke={1.6} />}
            onClick={() => onUndo(undo)}
          >
            Undo this restore…
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
