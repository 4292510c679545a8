import type { ColumnMapping } from '../../../shared/contract/imports';

/** A file the owner chose, read and ready to send; its mapping once the owner has set one. */
export interface PickedFile {
  name: string;
  size: number;
  /** The bytes, base64, as the contract carries them. */
  data: string;
  mapping?: ColumnMapping;
}

/** What browser mode's server accepts in one request, with room for base64's third more. */
export const MAX_TOTAL_BYTES = 180 * 1024 * 1024;

/**
 * Reads a file without holding up the window (FileReader works off the main thread). Nothing is
 * parsed here: main reads every file, and its analysis carries the first rows as written.
 */
export async function readPicked(file: File): Promise<PickedFile> {
  return { name: file.name, size: file.size, data: await base64Of(file) };
}

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}.`));
    reader.readAsDataURL(file);
  });
}

const sizes = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "18 KB", "2.4 MB": what a file manager would say. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${sizes.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${sizes.format(bytes / (1024 * 1024))} MB`;
}
