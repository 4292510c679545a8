import type { BackupKind } from '../../../../shared/contract/backups';

// How the backups card speaks about backups: which kind a backup is, how big it is, and where a
// browser can download it. Plain functions, so they are tested without a screen.

export const KIND_LABEL: Record<BackupKind, string> = {
  manual: 'Made by you',
  automatic: 'Automatic, when the books were opened',
  'before-restore': 'Before a restore',
  'before-upgrade': 'Before an upgrade',
};

/**
 * Completes "Your books will be replaced by …" and names a row's buttons: backups made in the same
 * minute differ by their kind, so the kind is said too.
 */
export function describeBackup(kind: BackupKind, when: string): string {
  switch (kind) {
    case 'manual':
      return `the backup from ${when}`;
    case 'automatic':
      return `the automatic backup from ${when}`;
    case 'before-restore':
      return `the copy made before a restore, on ${when}`;
    case 'before-upgrade':
      return `the copy made before an upgrade, on ${when}`;
  }
}

/** "18 KB", "2.4 MB": sizes as a file manager shows them (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number, locale: string): string {
  const number = (value: number, digits: number) => {
    try {
      return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
    } catch {
      return value.toFixed(digits);
    }
  };
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
  if (bytes < 1024 ** 3) return `${number(bytes / 1024 ** 2, 1)} MB`;
  return `${number(bytes / 1024 ** 3, 2)} GB`;
}

/** Browser mode's download address for a backup in the books' backups folder (same origin). */
export const downloadHref = (name: string): string => `/download/${encodeURIComponent(name)}`;

/** A suggested name for a backup the owner saves by hand: "My shop 2026-11-23.duly". */
export const suggestedBackupName = (booksName: string, today: string): string => `${booksName} ${today}.duly`;

/** The file's name from a full path, whichever separator the system uses. */
export const baseName = (path: string): string => path.split(/[\\/]/).at(-1) || path;
