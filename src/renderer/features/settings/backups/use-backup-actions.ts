import { useState } from 'react';
import type { BackupDto, BackupRestoreInput } from '../../../../shared/contract/backups';
import { invoke, problemMessage } from '../../../api/client';
import { useMutation } from '../../../api/use-mutation';
import { useAppData } from '../../../app-data';
import { notifyProblem } from '../../../components/notify';
import { baseName, suggestedBackupName } from './backup-words';
import { readAsBase64 } from './read-file';

// What the backups card does, apart from how it looks. The desktop app and browser mode differ only
// here: native save and open dialogs there; a download link and a file upload in the browser.

/** A restore the owner is about to confirm: what to say, and what to send. */
export interface RestoreTarget {
  /** Completes "Your books will be replaced by …": "the backup from 23/11/2026 10:04". */
  what: string;
  input: BackupRestoreInput;
}

/** A failed call outside a form (a dialog that would not open), as a notice. */
const callFailed = (title: string, e: unknown) =>
  notifyProblem({ id: 'backup-problem', title, message: problemMessage(e) });

/** "Back up now": to a file the owner chooses (desktop), or into the backups folder (browser). */
export function useBackUpNow(onMade: (backup: BackupDto) => void) {
  const { info, books } = useAppData();
  const create = useMutation('backups.create');
  const [choosing, setChoosing] = useState(false);

  const backUp = async () => {
    let path: string | undefined;
    if (info?.nativeDialogs) {
      setChoosing(true);
      try {
        const chosen = await invoke('host.chooseFile', {
          purpose: 'save-backup',
          // The name says which books and which day; "today" is main's, never this computer's clock.
          defaultPath: suggestedBackupName(books?.open?.name ?? 'Duly books', info.today),
        });
        if (!chosen.path) return; // The owner closed the dialog: nothing to do, nothing to say.
        path = chosen.path;
      } catch (e) {
        callFailed('Could not open the save dialog', e);
        return;
      } finally {
        setChoosing(false);
      }
    }
    const made = await create.run(path ? { path } : {});
    if (made) onMade(made);
  };

  return { backUp, pending: choosing || create.pending, error: create.error, dismissError: create.reset };
}

/** "Restore from a file…" on the desktop: the open dialog, then the confirmation. */
export async function chooseBackupFile(): Promise<RestoreTarget | undefined> {
  try {
    const chosen = await invoke('host.chooseFile', { purpose: 'restore-backup' });
    if (!chosen.path) return undefined;
    return { what: `the backup file “${baseName(chosen.path)}”`, input: { path: chosen.path } };
  } catch (e) {
    callFailed('Could not open the file dialog', e);
    return undefined;
  }
}

/** "Restore from a file…" in the browser: the picked file's bytes go to main with its name. */
export async function uploadedBackup(file: File): Promise<RestoreTarget | undefined> {
  try {
    const data = await readAsBase64(file);
    if (data === '') {
      notifyProblem({
        id: 'backup-problem',
        title: 'That file is empty',
        message: `${file.name} holds nothing, so it cannot be a Duly backup. Nothing was changed.`,
      });
      return undefined;
    }
    return { what: `the backup file “${file.name}”`, input: { name: file.name, data } };
  } catch {
    notifyProblem({
      id: 'backup-problem',
      title: 'Could not read the file',
      message: `The browser could not read ${file.name}. Nothing was changed.`,
    });
    return undefined;
  }
}

/** "Show in folder" (desktop only): nothing changes in the books, so no data version bump. */
export async function reveal(path: string): Promise<void> {
  try {
    await invoke('host.reveal', { path });
  } catch (e) {
    callFailed('Could not show the file', e);
  }
}
