import { notifications } from '@mantine/notifications';
import { type ReactElement, useCallback, useState } from 'react';
import { DulyRequestError, invoke } from '../../api/client';
import { useAppData } from '../../app-data';
import { NewBooksModal } from './NewBooksModal';
import { OpenBooksModal } from './OpenBooksModal';
import { showSwitched } from './show-switched';

export interface BooksActions {
  /** Opens books by their path (a recent file, or one the owner chose); says so if it cannot. */
  openPath(path: string): Promise<void>;
  /** "Open books…": the system's dialog in the desktop app, a path field in browser mode. */
  chooseAndOpen(): Promise<void>;
  /** "New books…": asks for a name (and, in the desktop app, a folder). */
  startNew(): void;
  /** The path being opened, while it is. */
  opening: string | undefined;
  /** The dialogs these actions open: render them once where the hook is used. */
  dialogs: ReactElement;
}

/** Main's refusal (the file is gone, a long job is running…), said where the owner is looking. */
function refused(error: unknown): void {
  notifications.show({
    color: 'red',
    title: 'Those books could not be opened',
    message: error instanceof DulyRequestError ? error.message : 'Duly could not be reached.',
  });
}

export function useBooksActions(): BooksActions {
  const { info, books, changed } = useAppData();
  const [dialog, setDialog] = useState<'new' | 'open' | null>(null);
  const [opening, setOpening] = useState<string>();

  const openPath = useCallback(
    async (path: string) => {
      setOpening(path);
      try {
        const status = await invoke('books.open', { path });
        changed();
        showSwitched(status);
      } catch (error) {
        refused(error);
      } finally {
        setOpening(undefined);
      }
    },
    [changed],
  );

  const chooseAndOpen = useCallback(async () => {
    if (!info?.nativeDialogs) {
      setDialog('open');
      return;
    }
    let chosen: string | null;
    try {
      ({ path: chosen } = await invoke('host.chooseFile', {
        purpose: 'open-books',
        ...(books?.defaultFolder ? { defaultPath: books.defaultFolder } : {}),
      }));
    } catch (error) {
      refused(error);
      return;
    }
    if (chosen) await openPath(chosen);
  }, [info?.nativeDialogs, books?.defaultFolder, openPath]);

  const close = () => setDialog(null);
  const dialogs = (
    <>
      <NewBooksModal opened={dialog === 'new'} onClose={close} />
      <OpenBooksModal opened={dialog === 'open'} onClose={close} />
    </>
  );
  return { openPath, chooseAndOpen, startNew: () => setDialog('new'), opening, dialogs };
}
