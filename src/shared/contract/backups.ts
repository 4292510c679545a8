import { z } from 'zod';

export type BackupKind = 'manual' | 'automatic' | 'before-restore' | 'before-upgrade';

export interface BackupDto {
  path: string;
  /** The file's name, as shown and as downloaded in browser mode. */
  name: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
}

export interface BackupList {
  folder: string;
  backups: BackupDto[];
}

export const backupNowInput = z.object({
  /** Where to write the copy (the desktop app's save dialog); omitted: the backups folder. */
  path: z.string().trim().min(1).max(1000).optional(),
});

export const backupRestoreInput = z.union([
  z.object({ path: z.string().trim().min(1).max(1000) }),
  /** Browser mode: a backup file the owner picked, as base64. */
  z.object({ name: z.string().trim().min(1).max(255), data: z.string().min(1) }),
]);
export type BackupRestoreInput = z.input<typeof backupRestoreInput>;
