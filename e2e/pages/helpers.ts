import path from 'node:path';
import type { Page } from '@playwright/test';

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
