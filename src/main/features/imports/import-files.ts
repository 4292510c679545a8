import type { ImportFileInput } from '../../../shared/contract/imports';
import type { ImportFile } from './read-file';

/** Files as they cross the contract (base64) → bytes. */
export function importFiles(files: ImportFileInput[]): ImportFile[] {
  return files.map((f) => {
    const file: ImportFile = { name: f.name, bytes: Buffer.from(f.data, 'base64') };
    if (f.kind) file.kind = f.kind;
    if (f.mapping) file.mapping = { ...f.mapping, columns: { ...f.mapping.columns } };
    return file;
  });
}
