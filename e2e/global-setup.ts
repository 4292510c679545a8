import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureRendererBuilt } from '../src/server/renderer-build';

/** The tests drive the built screens and the built server: build them when missing or stale. */
export default function globalSetup(): void {
  const root = path.resolve(import.meta.dirname, '..');
  ensureRendererBuilt(path.join(root, 'out', 'renderer'));
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'run-built.mjs'), 'build'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('Building browser mode failed.');
}
