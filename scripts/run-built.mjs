#!/usr/bin/env node
// Runs one of the built Node programs (cli, serve, bench) from out/node, building it first when a
// source file is newer than the build. Plain JavaScript, so `npm run cli` starts fast.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
const entry = path.join(root, 'out', 'node', `${name === 'build' ? 'cli' : name}.js`);
const sources = [
  'src/main',
  'src/shared',
  'src/cli',
  'src/server',
  'scripts',
  'resources',
  'vite.node.config.ts',
  'package-lock.json',
];

function newest(p) {
  let stat;
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

const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0;
if (built === 0 || sources.some((s) => newest(path.join(root, s)) > built)) {
  process.stderr.write('Building the command-line programs…\n');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.node.config.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    process.stderr.write('The build failed; see above.\n');
    process.exit(1);
  }
}
// `run-built.mjs build` only brings out/node up to date (end-to-end tests start the built server).
if (name === 'build') process.exit(0);

// npm runs scripts from the project folder and says where the user was in INIT_CWD: go back
// there, so paths on the command line mean what the user meant.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(entry).href);
