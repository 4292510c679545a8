import fs from 'node:fs';
import path from 'node:path';
import { browserModeOnly, expect, test } from './fixtures';
import { consoleProblems, goTo, rpc, snap } from './pages/helpers';
import { BooksSwitcher, WelcomeScreen } from './pages/welcome';

// The first run and the books: the welcome stands in for the dashboard of empty books, the demo
// shop goes into books of its own, and the header's switcher makes, opens and switches books.

test('welcome → demo shop → customer list → a customer’s page', async ({ page }) => {
  const problems = consoleProblems(page);
  const welcome = new WelcomeScreen(page);
  await expect(welcome.heading).toBeVisible();
  await expect(welcome.startWithMyOwnData).toBeVisible();
  await snap(page, 'welcome');

  await welcome.exploreDemo.click();
  await expect(page.getByText('Building the demo shop', { exact: true })).toBeVisible();
  await snap(page, 'welcome-demo-progress', { settle: false });

  // The demo lands in new books of its own, and the owner on its customers.
  await expect(page).toHaveURL(/#\/customers$/, { timeout: 60_000 });
  await expect(new BooksSwitcher(page).pill('Demo shop.duly')).toBeVisible();
  const list = page
    .getByRole('grid', { name: 'Customers' })
    .or(page.getByRole('table', { name: 'Customers' }));
  await expect(list).toBeVisible();
  const first = list.getByRole('link').first();
  const name = (await first.textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();

  // The owner's own books were left as they were: still empty.
  const status = await rpc<{ recent: { name: string }[] }>(page, 'books.status');
  expect(status.recent.map((r) => r.name)).toEqual(['Demo shop', 'My shop']);
  expect(problems).toEqual([]);
});

test('the large demo shows its progress, and the window stays free while it is made', async ({ page }) => {
  test.setTimeout(120_000);
  await page.getByRole('button', { name: 'the large one' }).click();
  await expect(page.getByText('Building the large demo shop', { exact: true })).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeVisible();
  // Another screen opens meanwhile, and coming back finds the demo still going (or done).
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await goTo(page, '#/welcome');
  const progress = page.getByText(
    /Adding customers|Writing invoices|Writing credit notes|Recording payments|Working out who has paid what/,
  );
  // Five thousand customers take a good few seconds: plenty to find it still at work.
  await expect(progress.first()).toBeVisible();
  await snap(page, 'welcome-large-demo-progress', { settle: false });
  await expect(page).toHaveURL(/#\/customers$/, { timeout: 100_000 });
  await expect(new BooksSwitcher(page).pill('Demo shop (large).duly')).toBeVisible();
});

test('the books switcher makes new books, and switches back through the recent ones', async ({ page }) => {
  const switcher = new BooksSwitcher(page);
  await expect(switcher.pill('My shop.duly')).toBeVisible();
  await switcher.open();
  await expect(switcher.menu.getByText('Open now')).toBeVisible();
  await snap(page, 'books-switcher-open');
  await page.keyboard.press('Escape');

  await switcher.createBooks('Second shop');
  await expect(switcher.pill('Second shop.duly')).toBeVisible();
  await expect(page).toHaveTitle('Second shop.duly — Duly');
  // New books are empty: the welcome greets them.
  await expect(new WelcomeScreen(page).heading).toBeVisible();

  await switcher.open();
  await snap(page, 'books-switcher-recent');
  await switcher.recent('My shop').click();
  await expect(switcher.pill('My shop.duly')).toBeVisible();
  await expect(page).toHaveTitle('My shop.duly — Duly');
});

test('books are opened by their path in browser mode, and moved ones are shown as such', async ({
  page,
  duly,
}) => {
  browserModeOnly(); // the desktop app opens books with the system's own dialog
  const switcher = new BooksSwitcher(page);
  await switcher.createBooks('Gone shop');
  await expect(switcher.pill('Gone shop.duly')).toBeVisible();

  await switcher.open();
  await switcher.menu.getByRole('menuitem', { name: 'Open books…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open books' });
  await expect(dialog.getByText('Browsers are not allowed to see where files are')).toBeVisible();
  await dialog
    .getByRole('textbox', { name: 'Path to the books file' })
    .fill(path.join(duly.dataDir, 'nowhere.duly'));
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(dialog.getByText(/There is no books file at/)).toBeVisible();
  await snap(page, 'books-open-by-path');
  await dialog.getByRole('textbox', { name: 'Path to the books file' }).fill(duly.booksFile);
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(switcher.pill('My shop.duly')).toBeVisible();

  fs.rmSync(path.join(duly.dataDir, 'books', 'Gone shop.duly'));
  await page.reload();
  await switcher.open();
  await expect(switcher.recent('Gone shop')).toBeDisabled();
  await expect(switcher.recent('Gone shop')).toContainText('Moved or deleted');
});

test('“Not now” shows the empty dashboard instead of the welcome', async ({ page }) => {
  const welcome = new WelcomeScreen(page);
  await expect(welcome.heading).toBeVisible();
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  // The welcome is still one click away.
  await goTo(page, '#/welcome');
  await expect(welcome.heading).toBeVisible();
});
