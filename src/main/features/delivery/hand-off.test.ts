import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DulyError } from '../../../shared/errors';
import {
  HAND_OFF_KEEP_MS,
  HAND_OFF_UNSUPPORTED,
  handOffFailed,
  handOffHost,
  handOffRoot,
  pruneHandOffs,
  writeHandOffFile,
} from './hand-off';

// Where handed-off documents go: a new random folder per file in Duly's own temporary folder.

let tmp: string;
let root: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-hand-off-'));
  root = handOffRoot(tmp);
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);
const posix = process.platform !== 'win32';

describe('writeHandOffFile', () => {
  it('writes the bytes under <temp>/Duly/hand-off/<random>/<name>, a new folder each time', () => {
    expect(root).toBe(path.join(tmp, 'Duly', 'hand-off'));
    const first = writeHandOffFile('Statement C001 2026-11-23.pdf', bytes('first'), { root });
    const second = writeHandOffFile('Statement C001 2026-11-23.pdf', bytes('second'), { root });
    for (const file of [first, second]) {
      expect(path.basename(file)).toBe('Statement C001 2026-11-23.pdf');
      expect(path.dirname(path.dirname(file))).toBe(root);
    }
    expect(path.dirname(first)).not.toBe(path.dirname(second));
    // The first file, perhaps still open in a viewer, is untouched by the second.
    expect(fs.readFileSync(first, 'utf8')).toBe('first');
    expect(fs.readFileSync(second, 'utf8')).toBe('second');
    expect(fs.readdirSync(root)).toHaveLength(2);
  });

  it.skipIf(!posix)('keeps the folder and the file to this user', () => {
    const file = writeHandOffFile('Friendly reminder C001 2026-11-23.pdf', bytes('x'), { root });
    expect(fs.statSync(root).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it.each(['', '.', '..', '../x.pdf', 'a/b.pdf', 'a\\b.pdf', 'C:x.pdf', ' padded.pdf', 'bell\u0007.pdf'])(
    'refuses %j as a file name and writes nothing',
    (name) => {
      expect(() => writeHandOffFile(name, bytes('x'), { root })).toThrow(DulyError);
      expect(fs.existsSync(root)).toBe(false);
    },
  );

  it('says plainly when the folder cannot be made', () => {
    fs.mkdirSync(path.join(tmp, 'Duly'));
    fs.writeFileSync(root, 'a file where the folder should be');
    expect(() => writeHandOffFile('a.pdf', bytes('x'), { root })).toThrow(
      `Duly could not write a copy to ${root} (EEXIST). Check that the disk has room and that the folder can be written to.`,
    );
  });

  it.skipIf(!posix)('refuses a folder that is a link to somewhere else', () => {
    const elsewhere = path.join(tmp, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.mkdirSync(path.join(tmp, 'Duly'));
    fs.symlinkSync(elsewhere, root);
    expect(() => writeHandOffFile('a.pdf', bytes('x'), { root })).toThrow(/is not a folder of yours/);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it('removes hand-off folders older than a week, and keeps the rest', () => {
    const now = Date.now();
    const old = writeHandOffFile('old.pdf', bytes('old'), { root, now });
    const recent = writeHandOffFile('recent.pdf', bytes('recent'), { root, now });
    const weekAgo = new Date(now - HAND_OFF_KEEP_MS - 60_000);
    fs.utimesSync(path.dirname(old), weekAgo, weekAgo);
    const next = writeHandOffFile('next.pdf', bytes('next'), { root, now });
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    expect(fs.existsSync(next)).toBe(true);
    // A stray file beside the folders is not Duly's to remove.
    fs.writeFileSync(path.join(root, 'stray.txt'), 'x');
    pruneHandOffs(root, now + 2 * HAND_OFF_KEEP_MS);
    expect(fs.readdirSync(root)).toEqual(['stray.txt']);
    // No folder yet: nothing to do, no error.
    expect(() => pruneHandOffs(path.join(tmp, 'none'), now)).not.toThrow();
  });
});

describe('handOffHost', () => {
  const all = {
    openFile: async () => undefined,
    printPdf: async () => undefined,
    reveal: () => undefined,
  };

  it('gives the three powers of the desktop host', () => {
    expect(handOffHost(all)).toEqual(all);
  });

  it.each([
    ['browser mode', {}],
    ['no print', { openFile: all.openFile, reveal: all.reveal }],
    ['no open', { printPdf: all.printPdf, reveal: all.reveal }],
    ['no reveal', { openFile: all.openFile, printPdf: all.printPdf }],
  ])('refuses a host with %s as unsupported', (_what, host) => {
    expect(() => handOffHost(host)).toThrow(HAND_OFF_UNSUPPORTED);
    try {
      handOffHost(host);
    } catch (e) {
      expect((e as DulyError).code).toBe('unsupported');
    }
  });
});

describe('handOffFailed', () => {
  it('says the document was made and kept, why it was not opened, and where it is', () => {
    const error = handOffFailed(
      new Error('No program opens PDF files'),
      '“S.pdf”',
      '/tmp/Duly/hand-off/x/S.pdf',
    );
    expect(error.toData()).toEqual({
      code: 'internal',
      field: 'handOff',
      message:
        '“S.pdf” was made and is kept on the customer’s history, but it could not be opened: ' +
        'No program opens PDF files. The file is at /tmp/Duly/hand-off/x/S.pdf',
    });
    expect(handOffFailed('disk full.', '“S.pdf”').message).toBe(
      '“S.pdf” was made and is kept on the customer’s history, but it could not be opened: disk full. ' +
        'Open it again from the customer’s history to save or print it.',
    );
  });
});
