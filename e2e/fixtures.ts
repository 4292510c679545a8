import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, test as base } from '@playwright/test';
import { electronMain, target } from './electron';

export interface DulyServer {
  /** The login URL (with the secret); visiting it signs the page's browser context in. */
  url: string;
  origin: string;
  /** Duly's own folder for this server: recent books, new books. */
  dataDir: string;
  booksFile: string;
}

const root = path.resolve(import.meta.dirname, '..');
export const TODAY = '2026-11-23';

/**
 * Browser mode exactly as `npm run serve` runs it: the built server (out/node/serve.js) in its own
 * process, with a fresh books file and data folder and a fixed "today". One per test, so every test
 * starts from its own books; tests start signed in.
 */
export const test = base.extend<{ duly: DulyServer; signedIn: undefined }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixture's dependencies from this pattern.
  duly: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-e2e-'));
    const booksFile = path.join(dataDir, 'books', 'My shop.duly');
    if (target === 'electron') {
      await use({ url: '', origin: '', dataDir, booksFile });
      fs.rmSync(dataDir, { recursive: true, force: true });
      return;
    }
    const child: ChildProcess = spawn(
      process.execPath,
      [
        path.join(root, 'out', 'node', 'serve.js'),
        '--db',
        booksFile,
        '--data-dir',
        dataDir,
        '--today',
        TODAY,
        '--no-open',
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let errors = '';
    child.stderr?.on('data', (d) => {
      errors += String(d);
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (d) => {
        out += String(d);
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/\?secret=\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`Browser mode stopped (${code}): ${errors}`)));
    });
    await use({ url, origin: new URL(url).origin, dataDir, booksFile });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  // In the desktop app the page is its window, on the test's own data folder and day.
  page: async ({ page, duly }, use) => {
    if (target !== 'electron') {
      await use(page);
      return;
    }
    const app = await _electron.launch({
      args: [electronMain],
      env: { ...process.env, DULY_USER_DATA: duly.dataDir, DULY_TODAY: TODAY },
    });
    await use(await app.firstWindow());
    await app.close();
  },
  signedIn: [
    async ({ page, duly }, use) => {
      if (target === 'browser') await page.goto(duly.url);
      await use(undefined);
    },
    { auto: true },
  ],
});

/** For specs about browser mode itself (its secret, downloads): skipped when driving the desktop app. */
export const browserModeOnly = () => test.skip(target === 'electron', 'browser mode only');

export { expect } from '@playwright/test';
export { target };
