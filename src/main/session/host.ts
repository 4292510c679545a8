import type { ChooseFilePurpose } from '../../shared/contract/host';

/** What the platform around Duly can do: the desktop app has native dialogs; browser mode has none. */
export interface Host {
  /** Shows a native open/save dialog; resolves to the chosen path, or null when cancelled. */
  chooseFile?(purpose: ChooseFilePurpose, defaultPath?: string): Promise<string | null>;
  /** Shows a file in the system's file manager. */
  reveal?(path: string): void;
}
