import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { createApp } from '../src/main/app';
import { openBooks } from '../src/main/db/books';
import { startServer } from '../src/server/server';
import { fixedClock } from '../src/shared/dates';

export interface DulyServer {
  /** The login URL (with the secret); visiting it signs the page's browser context in. */
  url: string;
  origin: string;
  booksFile: string;
}

/**
 * One browser-mode server per worker, on a fresh books file with a fixed "today", built exactly as
 * `npm run serve` builds it: createApp + startServer. Tests start signed in.
 */
export const test = base.extend<{ signedIn: undefined }, { duly: DulyServer }>({
  duly: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixture's dependencies from this pattern.
    async ({}, use) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-e2e-'));
      const booksFile = path.join(dir, 'My shop.duly');
      const app = createApp({
        books: await openBooks(booksFile),
        clock: fixedClock('2026-11-23'),
        version: 'e2e',
        transport: 'http',
      });
      const rendererDir = path.resolve(import.meta.dirname, '..', 'out', 'renderer');
      const server = await startServer({ app, rendererDir });
      await use({ url: server.url, origin: server.origin, booksFile });
      await server.close();
      app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  signedIn: [
    async ({ page, duly }, use) => {
      await page.goto(duly.url);
      await use(undefined);
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
