import type { ChooseFilePurpose } from '../../shared/contract/host';

/** What the platform around Duly can do: the desktop app has native dialogs; browser mode has none. */
export interface Host {
  /** Shows a native open/save dialog; resolves to the chosen path, or null when cancelled. */
  chooseFile?(purpose: ChooseFilePurpose, defaultPath?: string): Promise<string | null>;
  /** Shows a file in the system's file manager. */
  reveal?(path: string): void;
  /**
   * Opens a file in its default program (a PDF in the viewer, an .eml in the mail program). Rejects
   * with a message in plain words when the system could not.
   */
  openFile?(path: string): Promise<void>;
  /**
   * Shows the PDF in a window of its own and asks for the system print dialog. Resolves once the
   * dialog has been asked for (the screen does not wait for the person at the printer), or once the
   * file was opened in its default program instead because the window could not show it; rejects
   * with a message in plain words when that did not work either.
   */
  printPdf?(path: string): Promise<void>;
}

/** A host that can hand files to the system: the desktop app's. */
export type HandOffHost = Host & Required<Pick<Host, 'openFile' | 'printPdf' | 'reveal'>>;

/** Whether the host can hand files to the system: open them, print them, show them in their folder. */
export function canHandOff(host: Host): host is HandOffHost {
  return host.openFile !== undefined && host.printPdf !== undefined && host.reveal !== undefined;
}
