#!/usr/bin/env node
// `npm start`: Duly in its own window (Electron), or, when Electron's program is not installed and
// cannot be downloaded (as on machines that only reach the npm registry), in browser mode, saying so.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);

function electronInstalled() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return false;
  return fs.existsSync(path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim()));
}

function tryDownload() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return false;
  console.log("Fetching Electron's program (the first start only)…");
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  return result.status === 0 && electronInstalled();
}

const run = (script, scriptArgs) =>
  spawnSync(process.execPath, [script, ...scriptArgs], { cwd: root, stdio: 'inherit' }).status ?? 1;

if (electronInstalled() || tryDownload()) {
  process.exit(
    run(path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), ['preview', ...args]),
  );
}
console.log(
  "Electron's own program is not installed here, so Duly opens in your web browser instead (browser mode:\n" +
    'the same app, on this computer only). To get the desktop window, install Electron with\n' +
    '`npx install-electron` where the internet is reachable, then run `npm start` again.\n',
);
process.exit(run(path.join(root, 'scripts', 'run-built.mjs'), ['serve', ...args]));
