import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

// End-to-end tests against browser mode: the real renderer, server and dispatch, a fresh books file per
// worker (see fixtures.ts). Run: npx playwright test -c e2e
// Browsers: Debian's /usr/bin/chromium when installed (as .ci/run does), DULY_E2E_CHROMIUM to point
// at another, or else Playwright's own (`npx playwright install chromium`).
const chromium =
  process.env.DULY_E2E_CHROMIUM ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: '.',
  outputDir: '../e2e-artifacts',
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium
      ? {
          executablePath: chromium,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        }
      : {},
  },
});
