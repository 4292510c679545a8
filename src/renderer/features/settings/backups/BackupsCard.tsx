import { Button, FileButton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDatabaseExport, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupDto } from '../../../../shared/contract/backups';
import { useMutation } from '../../../api/use-mutation';
import { useQuery } from '../../../api/use-query';
import { useAppData } from '../../../app-data';
import { useDateTimeFormat } from '../../../components/DateTimeText';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifyDone } from '../../../components/notify';
import { SectionCard } from '../../../components/SectionCard';
import { BackupList, BackupListSkeleton } from './BackupList';
import { BackupMadeAlert, RestoredAlert } from './BackupOutcome';
import { describeBackup } from './backup-words';
import { RestoreModal } from './RestoreModal';
import {
  chooseBackupFile,
  type RestoreTarget,
  reveal,
  uploadedBackup,
  useBackUpNow,
} from './use-backup-actions';

/** What the card last did, shown under its buttons. */
type Outcome =
  | { kind: 'made'; backup: BackupDto }
  /** before: the "Before a restore" copies that existed already, so the new one can be told apart. */
  | { kind: 'restored'; what: string; before: string[] }
  | undefined;

const copiesBeforeRestore = (backups: BackupDto[] | undefined): string[] =>
  (backups ?? []).filter((b) => b.kind === 'before-restore').map((b) => b.path);

export function BackupsCard() {
  const { info } = useAppData();
  const desktop = info?.nativeDialogs ?? false;
  const list = useQuery('backups.list', {});
  const when = useDateTimeFormat();
  const [outcome, setOutcome] = useState<Outcome>();
  const backUpNow = useBackUpNow((backup) => setOutcome({ kind: 'made', backup }));

  const restore = useMutation('backups.restore');
  const [target, setTarget] = useState<RestoreTarget>();
  const [before, setBefore] = useState<string[]>([]);
  const [confirming, confirm] = useDisclosure(false);
  const askToRestore = (next: RestoreTarget | undefined) => {
    if (!next) return;
    restore.reset(); // An earlier refusal was about another file.
    setTarget(next);
    setBefore(copiesBeforeRestore(list.data?.backups));
    confirm.open();
  };
  const restoreBackup = (backup: BackupDto) =>
    askToRestore({ what: describeBackup(backup.kind, when(backup.createdAt)), input: { path: backup.path } });
  const restored = (done: RestoreTarget) => {
    confirm.close();
    setOutcome({ kind: 'restored', what: done.what, before });
    notifyDone({
      id: 'backup-restored',
      title: 'Backup restored',
      message: 'Every screen now shows the restored books.',
    });
  };

  // The way back: the "Before a restore" copy this restore made, once the list read again shows it.
  const undo =
    outcome?.kind === 'restored'
      ? list.data?.backups.find((b) => b.kind === 'before-restore' && !outcome.before.includes(b.path))
      : undefined;

  const actions = (
    <>
      {desktop ? (
        <Button
          variant="default"
          leftSection={<IconFileImport size={18} stroke={1.6} />}
          onClick={async () => askToRestore(await chooseBackupFile())}
        >
          Restore from a file…
        </Button>
      ) : (
        <FileButton
          accept=".duly,application/octet-stream"
          onChange={async (file) => askToRestore(file ? await uploadedBackup(file) : undefined)}
          inputProps={{ 'aria-label': 'Backup file to restore' }}
        >
          {(props) => (
            <Button variant="default" leftSection={<IconFileImport size={18} stroke={1.6} />} {...props}>
              Restore from a file…
            </Button>
          )}
        </FileButton>
      )}
      <Button
        leftSection={<IconDatabaseExport size={18} stroke={1.6} />}
        loading={backUpNow.pending}
        onClick={backUpNow.backUp}
      >
        Back up now
      </Button>
    </>
  );

  return (
    <SectionCard
      title="Backups"
      description="A backup is a complete copy of your books. Duly also makes one each time the books are opened and keeps the last five."
      actions={actions}
    >
      <Stack gap="md">
        {backUpNow.error ? (
          <ErrorAlert error={backUpNow.error} title="The backup was not made" onRetry={backUpNow.backUp} />
        ) : null}
        {outcome?.kind === 'made' ? (
          <BackupMadeAlert
            backup={outcome.backup}
            downloads={!desktop}
            onReveal={() => reveal(outcome.backup.path)}
            onClose={() => setOutcome(undefined)}
          />
        ) : null}
        {outcome?.kind === 'restored' ? (
          <RestoredAlert
            what={outcome.what}
            undo={undo}
            onUndo={restoreBackup}
            onClose={() => setOutcome(undefined)}
          />
        ) : null}
        {list.status === 'error' ? (
          <ErrorAlert error={list.error} title="Could not list the backups" onRetry={list.reload} />
        ) : list.status === 'loading' ? (
          <BackupListSkeleton />
        ) : (
          <BackupList
            backups={list.data.backups}
            downloads={!desktop}
            onRestore={restoreBackup}
            onReveal={(backup) => reveal(backup.path)}
          />
        )}
        {list.data && list.data.backups.length > 0 ? (
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            Kept in {list.data.folder}
          </Text>
        ) : null}
      </Stack>
      <RestoreModal
        opened={confirming}
        target={target}
        restore={restore}
        onClose={confirm.close}
        onRestored={restored}
      />
    </SectionCard>
  );
}
