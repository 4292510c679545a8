import { browserModeOnly, expect, test } from './fixtures';

test('new books open on the welcome, with the books named in the header', async ({ page }) => {
  // Fresh books are empty: the welcome stands in for the dashboard until the owner chooses.
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Duly' })).toBeVisible();
  await expect(page.getByText('My shop.duly')).toBeVisible();
  await expect(page).toHaveTitle('My shop.duly — Duly');
});

test('every section opens from the navbar', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const name of ['Customers', 'Follow-ups', 'Letters', 'Payment plans', 'Settings', 'Dashboard']) {
    await nav.getByRole('link', { name }).click();
    const heading = name === 'Dashboard' ? 'Welcome to Duly' : name;
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  }
});

test('the keyboard moves through the sections', async ({ page }) => {
  await page.getByRole('link', { name: 'Dashboard' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeFocused();
});

test('settings show the open books from app.info', async ({ page, duly }) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText(duly.booksFile)).toBeVisible();
  await expect(page.getByText('Browser mode, on this computer only')).toBeVisible();
});

test('the secret leaves the address bar once the browser is signed in', async ({ page }) => {
  browserModeOnly();
  await expect(page).toHaveURL(/\/$/);
});

test('a browser without the secret is refused', async ({ browser, duly }) => {
  browserModeOnly();
  const stranger = await browser.newPage();
  const response = await stranger.goto(duly.origin);
  expect(response?.status()).toBe(403);
  await expect(stranger.getByRole('heading', { name: 'Open Duly with its own link' })).toBeVisible();
  await stranger.close();
});

test('pages are served under the strict CSP, and nothing breaks it', async ({ page, duly }) => {
  browserModeOnly();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  const response = await page.goto(`${duly.origin}/`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Duly' })).toBeVisible();
  expect(problems).toEqual([]);
});
