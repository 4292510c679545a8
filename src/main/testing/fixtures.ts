import fs from 'node:fs';
import path from 'node:path';
import type { ImportFile } from '../features/imports/read-file';

export const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/exports');

export function fixture(name: string, kind?: ImportFile['kind']): ImportFile {
  const file: ImportFile = { name, bytes: fs.readFileSync(path.join(FIXTURES, name)) };
  if (kind) file.kind = kind;
  return file;
}

/** An in-memory file from text (UTF-8), for tests that build their own CSV. */
export function csv(name: string, text: string, kind?: ImportFile['kind']): ImportFile {
  const file: ImportFile = { name, bytes: new TextEncoder().encode(text) };
  if (kind) file.kind = kind;
  return file;
}
