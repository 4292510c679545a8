import { z } from 'zod';

// What only the desktop app can do: native file dialogs and showing a file in its folder. In browser
// mode these channels answer "unsupported" and the screens offer downloads and uploads instead.

export const chooseFileInput = z.object({
  purpose: z.enum(['open-books', 'new-books-folder', 'save-backup', 'restore-backup']),
  /** A suggested file name or folder. */
  defaultPath: z.string().max(1000).optional(),
});
export type ChooseFilePurpose = z.infer<typeof chooseFileInput>['purpose'];

export interface ChosenFile {
  /** Null when the owner cancelled the dialog. */
  path: string | null;
}

export const revealInput = z.object({ path: z.string().min(1).max(1000) });
