import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DulyError, messageOf } from '../../../shared/errors';
import { canHandOff, type HandOffHost, type Host } from '../../session/host';
import { isPlainFileName } from './file-names';

// Handing a document to the system (desktop only): the print dialog for a PDF, the mail program for
// an email draft. The system's programs open files, not bytes, so a single document is written to a
// folder of Duly's own in the system's temporary folder first: <temp>/Duly/hand-off/<random>/<name>.
// A new random folder per file keeps the document's own name (the one the history lists, and the
// one a mail program shows for the attachment) without two files ever colliding, and a file still
// open in a viewer or a mail program is never overwritten. The history keeps the document itself;
// these copies are only for handing over, so folders older than a week are removed.

export const HAND_OFF_UNSUPPORTED =
  'Only the desktop app can open the print dialog or your mail program; browser mode downloads the file instead.';

/** The host, able to hand files to the system; or the refusal browser mode gets (before anything is made). */
export function handOffHost(host: Host, message = HAND_OFF_UNSUPPORTED): HandOffHost {
  if (!canHandOff(host)) throw new DulyError('unsupported', message);
  return host;
}

/** How long a handed-off copy is kept before the next hand-off removes it. */
export const HAND_OFF_KEEP_MS = 7 * 24 * 60 * 60 * 1000;

/** Duly's folder for handed-off files, in the system's temporary folder. */
export function handOffRoot(tmp: string = os.tmpdir()): string {
  return path.join(tmp, 'Duly', 'hand-off');
}

export interface HandOffPlace {
  /** Default: handOffRoot(). */
  root?: string;
  /** Milliseconds since 1970, for the clean-up; default: now. */
  now?: number;
}

/**
 * Writes one file for the system to open, in a new folder of its own; returns its full path. The
 * name must be a plain file name (Duly's own names are: "Statement C001 2026-11-23.pdf").
 */
export function writeHandOffFile(fileName: string, bytes: Uint8Array, place: HandOffPlace = {}): string {
  if (!isPlainFileName(fileName)) {
    throw new DulyError('internal', `“${fileName}” is not a plain file name, so Duly did not write it.`);
  }
  const root = place.root ?? handOffRoot();
  try {
    prepareRoot(root);
    pruneHandOffs(root, place.now ?? Date.now());
    // mkdtemp adds six random characters after the separator: <root>/<random>.
    const folder = fs.mkdtempSync(`${root}${path.sep}`);
    const file = path.join(folder, fileName);
    // 'wx': never replace a file; 0o600: letters name customers and amounts, for this user's eyes only.
    fs.writeFileSync(file, bytes, { flag: 'wx', mode: 0o600 });
    return file;
  } catch (error) {
    if (error instanceof DulyError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new DulyError(
      'internal',
      `Duly could not write a copy to ${root}${code ? ` (${code})` : ''}. ` +
        'Check that the disk has room and that the folder can be written to.',
    );
  }
}

/** Removes hand-off folders older than `keepMs`; a folder that cannot be removed is left alone. */
export function pruneHandOffs(root: string, now: number, keepMs = HAND_OFF_KEEP_MS): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(root, entry.name);
    try {
      if (now - fs.statSync(folder).mtimeMs > keepMs) fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      // Still open in some program on Windows, or removed meanwhile: the next hand-off tries again.
    }
  }
}

/**
 * The folder must be a real folder of this user's, not one another user of a shared /tmp made or a
 * link to somewhere else: what goes in it is private.
 */
function prepareRoot(root: string): void {
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  const stat = fs.lstatSync(root);
  const ours = typeof process.getuid !== 'function' || stat.uid === process.getuid();
  if (!stat.isDirectory() || !ours) {
    throw new DulyError(
      'internal',
      `Duly could not use ${root} for the file to open: it is not a folder of yours. Remove it and try again.`,
    );
  }
}

/**
 * Writing the file or the host failed (the host's message is in plain words): the document was made
 * and kept all the same. `file`: where it was written, when it was.
 */
export function handOffFailed(error: unknown, made: string, file?: string): DulyError {
  const reason = messageOf(error);
  const because = /[.!?]$/.test(reason) ? reason : `${reason}.`;
  const where = file
    ? `The file is at ${file}`
    : 'Open it again from the customer’s history to save or print it.';
  return new DulyError(
    'internal',
    `${made} was made and is kept on the customer’s history, but it could not be opened: ${because} ${where}`,
    { field: 'handOff' },
  );
}
