import path from 'node:path';
import { type BrowserWindow, dialog, shell } from 'electron';
import type { ChooseFilePurpose } from '../../shared/contract/host';
import type { Host } from '../session/host';
import { openFailure } from './print-flow';
import { printPdfInWindow } from './print-window';

// The desktop app's host: native open and save dialogs, "show in folder", and handing a file to the
// system (its default program, or the print dialog for a PDF). Browser mode has no host of this kind;
// its screens offer uploads and downloads instead.

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
    openFile,
    printPdf: (file: string) => printPdfInWindow(path.resolve(file), window(), openFile),
  };
}

/** The file in its default program; shell.openPath answers '' on success, else the system's words. */
async function openFile(file: string): Promise<void> {
  const failure = await shell.openPath(path.resolve(file));
  if (failure) throw new Error(openFailure(file, failure));
}
