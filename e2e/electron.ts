import fs from 'node:fs';
import path from 'node:path';

// The same specs can drive the desktop app where Electron's program is installed:
// DULY_E2E_TARGET=electron npx playwright test -c e2e. On machines without it (like the one these
// tests are developed on, which cannot download Electron) the target stays browser mode.

const root = path.resolve(import.meta.dirname, '..');

export function electronInstalled(): boolean {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  return (
    fs.existsSync(pathFile) && fs.existsSync(path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim()))
  );
}

export const target: 'browser' | 'electron' =
  process.env.DULY_E2E_TARGET === 'electron' && electronInstalled() ? 'electron' : 'browser';

export const electronMain = path.join(root, 'out', 'main', 'index.js');
