import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** Where the specs keep pictures of the screens, for people to look at (e2e-artifacts is not committed). */
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '..', '..', 'e2e-artifacts', 'screenshots');

/** The whole page, after transitions have settled (or at once, for something fleeting). */
export async function snap(page: Page, name: string, { settle = true } = {}): Promise<void> {
  if (settle) await page.waitForTimeout(250);
  // A window as tall as the page, rather than a stitched full-page shot: fixed and sticky parts (the
  // header, the wizard's action bar) then sit where a person sees them, not over the middle.
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.locator('html').evaluate((html) => html.scrollHeight);
  await page.setViewportSize({
    width: viewport.width,
    height: Math.max(viewport.height, Math.min(height, 4000)),
  });
  await page.waitForTimeout(100);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
  await page.setViewportSize(viewport);
}

interface Envelope {
  ok: boolean;
  data: unknown;
  error?: { message: string };
}

/**
 * One channel of the contract, called from the page the way the screens call it (the desktop
 * app's bridge, or browser mode's HTTP): for checking what the books hold after a step.
 */
export async function rpc<T>(page: Page, channel: string, input: unknown = {}): Promise<T> {
  const result = await page.evaluate(
    async ([name, body]) => {
      const bridge = (globalThis as { duly?: { invoke(c: string, i: unknown): Promise<unknown> } }).duly;
      if (bridge) return (await bridge.invoke(name, body)) as Envelope;
      const response = await fetch(`/rpc/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as Envelope;
    },
    [channel, input] as const,
  );
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.data as T;
}

/** Goes to a screen by its address ("#/welcome"), in the desktop app and browser mode alike. */
export async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    (globalThis as { location?: { hash: string } }).location!.hash = h;
  }, hash);
}

/** Collects the page's console errors and warnings: a well-made screen logs none. */
export function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  return problems;
}

/** Clicks a button (or menu item) and returns what the browser downloaded, with its content. */
export async function downloadFrom(button: Locator): Promise<{ name: string; content: Buffer }> {
  const downloading = button.page().waitForEvent('download');
  await button.click();
  const download = await downloading;
  return { name: download.suggestedFilename(), content: fs.readFileSync(await download.path()) };
}

/** A PDF's text, as pdftotext lays it out, with every run of spaces and line breaks made one space. */
export function pdfText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'duly-pdf-')), 'file.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Reads a notice in the corner, then closes it. */
export async function closeNotice(page: Page, text: string): Promise<void> {
  const notice = page.getByRole('alert').filter({ hasText: text });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Close this notice' }).click();
  await expect(notice).toBeHidden();
}
