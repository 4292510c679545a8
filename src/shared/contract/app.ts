import { z } from 'zod';

export interface AppInfo {
  version: string;
  booksPath: string;
  schemaVersion: string;
  /** How the renderer is connected: the desktop window or browser mode. */
  transport: 'electron' | 'http';
}

export const appInfoInput = z.object({}).strict();
