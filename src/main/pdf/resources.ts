import fs from 'node:fs';
import path from 'node:path';
import { DulyError } from '../../shared/errors';

// resources/ holds what PDFs read at run time (fonts now, letter texts later). It sits in the repo
// during development, and electron-builder copies it next to app.asar (extraResources), where
// Electron's process.resourcesPath points. Built code runs from out/node/, out/main/ or a chunks/
// folder below them, so walking up a few folders from this module finds the repo's copy.

/** The file that proves a folder is Duly's resources/ and not some other folder of that name. */
const MARKER = path.join('fonts', 'OFL.txt');

/** How far up from this module's folder to look: src/main/pdf, out/node/chunks, out/main/chunks. */
const LEVELS = 5;

/**
 * The resources/ folder: DULY_RESOURCES when set (tests, unusual installs), else the packaged app's
 * (process.resourcesPath/resources), else the nearest resources/ above this module (development
 * and the built command line, browser mode and main process).
 */
export function resourcesDir(): string {
  const override = process.env.DULY_RESOURCES;
  if (override) {
    const dir = path.resolve(override);
    if (!isResources(dir)) {
      throw new DulyError('internal', `DULY_RESOURCES is ${dir}, which holds no ${MARKER}.`);
    }
    return dir;
  }
  const candidates = resourceCandidates();
  const found = candidates.find(isResources);
  if (!found) {
    throw new DulyError(
      'internal',
      `Duly's resources folder (fonts for PDFs) is missing; looked in ${candidates.join(', ')}.`,
    );
  }
  return found;
}

/** Where resources/ may be, most specific first. Exported for tests. */
export function resourceCandidates(
  moduleDir: string = import.meta.dirname,
  resourcesPath: string | undefined = (process as { resourcesPath?: string }).resourcesPath,
): string[] {
  const out: string[] = [];
  if (resourcesPath) out.push(path.join(resourcesPath, 'resources'));
  let dir = moduleDir;
  for (let i = 0; i <= LEVELS; i++) {
    out.push(path.join(dir, 'resources'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}

function isResources(dir: string): boolean {
  return fs.existsSync(path.join(dir, MARKER));
}
