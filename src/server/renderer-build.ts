import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// `npm run serve` in a source checkout should just work: when the built screens (out/renderer) are
// missing, or older than their sources, build them first with electron-vite — the same build the
// desktop app uses, so browser mode never shows different screens. Outside a checkout (no src/, no
// electron-vite) the built files are taken as they are.

export function ensureRendererBuilt(rendererDir: string): void {
  const index = path.join(rendererDir, 'index.html');
  const root = path.resolve(rendererDir, '..', '..');
  const cli = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const builtAt = mtime(index);
  const sources = ['src/renderer', 'src/shared', 'electron.vite.config.ts'].map((s) => path.join(root, s));
  const canBuild = fs.existsSync(cli) && fs.existsSync(sources[0] as string);
  if (!canBuild) {
    if (builtAt === 0) {
      throw new Error(`The screens are not built: ${index} is missing. Run "npx electron-vite build" first.`);
    }
    return;
  }
  if (builtAt > 0 && sources.every((s) => newest(s) <= builtAt)) return;
  process.stderr.write('Building the screens…\n');
  const result = spawnSync(process.execPath, [cli, 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0 || mtime(index) === 0) {
    throw new Error('Building the screens failed; see the messages above.');
  }
}

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newest(p: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const child of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, child)));
  return max;
}
