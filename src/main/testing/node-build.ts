import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

// Tests of what users run: the command line and the job worker built by the real vite.node.config.ts
// (so whatever bundling changes, such as how the migrations and fonts are found, is what is tested),
// each test file into a folder of its own under out/: inside the project, so the bundle finds
// node_modules the way out/node/ does.

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');

const ENTRIES = {
  cli: 'src/cli/main.ts',
  'job-worker': 'src/main/jobs/job-worker.ts',
} as const;

export type BuiltEntry = keyof typeof ENTRIES;

/** Builds the entries into out/test-<name>-<pid>/ ("cli.js", "job-worker.js"); returns that folder. */
export async function buildForTest(name: string, entries: readonly BuiltEntry[]): Promise<string> {
  const outDir = path.join(PROJECT_ROOT, 'out', `test-${name}-${process.pid}`);
  await build({
    configFile: path.join(PROJECT_ROOT, 'vite.node.config.ts'),
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: Object.fromEntries(entries.map((e) => [e, path.join(PROJECT_ROOT, ENTRIES[e])])),
      },
    },
  });
  return outDir;
}

export function removeBuild(outDir: string | undefined): void {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
}
