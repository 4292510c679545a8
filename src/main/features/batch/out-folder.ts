import fs from 'node:fs';
import path from 'node:path';
import type { BatchKind } from '../../../shared/contract/batch';
import type { Tone } from '../../../shared/contract/templates';
import type { IsoDate } from '../../../shared/dates';
import { DulyError } from '../../../shared/errors';

// Where a batch's files go. They are written to a hidden folder beside the destination and moved
// into place only once everything has worked, in the same step as the history is saved: a cancelled
// or failed batch leaves no half-filled folder (a new folder appears whole, by one rename).

const WHAT: Record<BatchKind | Tone, string> = {
  statement: 'Statements',
  letter: 'Letters',
  courtesy: 'Courtesy letters',
  friendly: 'Friendly letters',
  firm: 'Firm letters',
  final: 'Final notices',
};

export const BATCHES_FOLDER = 'Letters and statements';

/**
 * The app's folder for a batch: "<the books' folder>/Letters and statements/2026-11-23 Friendly
 * letters", or "… (2)" and so on when that is taken.
 */
export function defaultBatchFolder(
  booksPath: string,
  kind: BatchKind,
  tone: Tone | null,
  asOf: IsoDate,
): string {
  const base = path.join(path.dirname(booksPath), BATCHES_FOLDER, `${asOf} ${WHAT[tone ?? kind]}`);
  let folder = base;
  for (let n = 2; fs.existsSync(folder); n++) folder = `${base} (${n})`;
  return folder;
}

export interface Staging {
  /** The hidden folder the files are written to. */
  dir: string;
  /** Moves the files into place; returns how to take them away again (the history failed to save). */
  commit(): () => void;
  /** Removes the hidden folder and any folder made for it, as if nothing had happened. */
  discard(): void;
}

/** Refuses a destination that is a file: checked when the batch is asked for, and again before it writes. */
export function refuseFile(outDir: string): void {
  const target = path.resolve(outDir);
  if (fs.existsSync(target) && !fs.statSync(target).isDirectory()) {
    throw new DulyError('validation', `${target} is a file, not a folder; choose a folder for the batch.`, {
      field: 'outDir',
    });
  }
}

/** A hidden folder beside `outDir`, on the same disk so the move is a rename. */
export function stage(outDir: string): Staging {
  const target = path.resolve(outDir);
  refuseFile(target);
  const parent = path.dirname(target);
  let made: string | undefined;
  let dir: string;
  try {
    made = fs.mkdirSync(parent, { recursive: true });
    dir = fs.mkdtempSync(path.join(parent, `.${path.basename(target)}.`));
  } catch (e) {
    throw new DulyError('validation', `Duly cannot write in ${parent}: ${(e as Error).message}`, {
      field: 'outDir',
    });
  }
  /** The folders made for the hidden one, when they are empty again. */
  const tidy = () => {
    if (!made) return;
    for (let d = parent; d.length >= made.length; d = path.dirname(d)) {
      try {
        fs.rmdirSync(d);
      } catch {
        return;
      }
    }
  };
  return {
    dir,
    commit() {
      if (!fs.existsSync(target)) {
        fs.renameSync(dir, target);
        return () => fs.rmSync(target, { recursive: true, force: true });
      }
      // An existing folder: the files go in one by one, each replacing any of the same name.
      const names = fs.readdirSync(dir);
      const moved: string[] = [];
      try {
        for (const name of names) {
          fs.renameSync(path.join(dir, name), path.join(target, name));
          moved.push(name);
        }
      } catch (e) {
        for (const name of moved) fs.rmSync(path.join(target, name), { force: true });
        throw e;
      }
      fs.rmSync(dir, { recursive: true, force: true });
      return () => {
        for (const name of moved) fs.rmSync(path.join(target, name), { force: true });
      };
    },
    discard() {
      fs.rmSync(dir, { recursive: true, force: true });
      tidy();
    },
  };
}
