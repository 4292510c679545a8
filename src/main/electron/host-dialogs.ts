import path from 'node:path';
import { type BrowserWindow, dialog, shell } from 'electron';
import type { ChooseFilePurpose } from '../../shared/contract/host';
import type { Host } from '../session/host';

// The desktop app's host: native open and save dialogs, and "show in folder". Browser mode has no
// host of this kind; its screens offer uploads and downloads instead.

const BOOKS_FILTER = [{ name: 'Duly books', extensions: ['duly'] }];

export function desktopHost(window: () => BrowserWindow | undefined): Host {
  return {
    async chooseFile(purpose: ChooseFilePurpose, defaultPath?: string): Promise<string | null> {
      const parent = window();
      const options = defaultPath ? { defaultPath } : {};
      if (purpose === 'save-backup') {
        const result = parent
          ? await dialog.showSaveDialog(parent, {
              title: 'Back up the books to…',
              filters: BOOKS_FILTER,
              ...options,
            })
          : await dialog.showSaveDialog({
              title: 'Back up the books to…',
              filters: BOOKS_FILTER,
              ...options,
            });
        return result.canceled || !result.filePath ? null : result.filePath;
      }
      const folder = purpose === 'new-books-folder';
      const title = {
        'open-books': 'Open books',
        'restore-backup': 'Restore from a backup',
        'new-books-folder': 'Choose a folder for the new books',
      }[purpose];
      const openOptions = {
        title,
        properties: [folder ? ('openDirectory' as const) : ('openFile' as const)],
        ...(folder ? {} : { filters: BOOKS_FILTER }),
        ...options,
      };
      const result = parent
        ? await dialog.showOpenDialog(parent, openOptions)
        : await dialog.showOpenDialog(openOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    reveal(file: string): void {
      shell.showItemInFolder(path.resolve(file));
    },
  };
}
