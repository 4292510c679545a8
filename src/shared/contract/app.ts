import { z } from 'zod';

export interface AppInfo {
  version: string;
  /** How the renderer is connected: the desktop window or browser mode. */
  transport: 'electron' | 'http';
  /** Native file dialogs (the desktop app); browser mode uses uploads and downloads instead. */
  nativeDialogs: boolean;
  /**
   * The desktop app can hand a file to the system: open a PDF's print dialog, open an email draft in
   * the default mail program, show a file in its folder. Browser mode cannot; it downloads instead.
   */
  handOff: boolean;
  /** Today, as main sees it: screens never read the renderer's own clock for business dates. */
  today: string;
}

export const appInfoInput = z.object({}).strict();
