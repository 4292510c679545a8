import path from 'node:path';
import { expect, test } from './fixtures';
import { rpc, snap } from './pages/helpers';
import { ImportWizard } from './pages/import-wizard';

// A walk through every screen with the small demo shop, saving a picture of each (under
// e2e-artifacts/screenshots/tour-*.png) for people to look at: they should look like a well-made app.

const fixture = (name: string) => path.resolve(import.meta.dirname, '..', 'fixtures', 'exports', name);

test('a tour of every screen, with pictures', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 860 });
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Duly' })).toBeVisible();
  await snap(page, 'tour-01-welcome');

  await page.getByRole('button', { name: 'Explore a demo shop' }).click();
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible({ timeout: 30_000 });
  await snap(page, 'tour-02-customers');

  await page
    .getByRole('searchbox')
    .or(page.getByPlaceholder(/search/i))
    .first()
    .fill('Café');
  await page.waitForTimeout(500);
  await snap(page, 'tour-03-customers-search');
  await page
    .getByRole('searchbox')
    .or(page.getByPlaceholder(/search/i))
    .first()
    .fill('');

  const first = page.getByRole('table', { name: 'Customers' }).getByRole('link').first();
  const name = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await snap(page, 'tour-04-customer');

  await page
    .getByRole('button', { name: /record payment/i })
    .first()
    .click();
  await page
    .getByRole('dialog')
    .getByLabel(/amount/i)
    .first()
    .fill('100');
  await page.waitForTimeout(700);
  await snap(page, 'tour-05-record-payment');
  await page.keyboard.press('Escape');

  // The dashboard once drawn (figures and charts), then the invoices behind its oldest bucket.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await snap(page, 'tour-06-dashboard');
  await page.getByTestId(/^bucket-\d+\+$/).click();
  await expect(page.getByRole('dialog').getByTestId('drill-total')).toBeVisible();
  await snap(page, 'tour-06b-dashboard-drill');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  for (const [section, file] of [
    ['Follow-ups', 'tour-07-follow-ups'],
    ['Letters', 'tour-07b-letters'],
    ['Payment plans', 'tour-08-payment-plans'],
    ['Settings', 'tour-09-settings'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await snap(page, file);
  }

  await page.goto(`${new URL(page.url()).origin}/#/import`);
  await expect(page.getByRole('heading', { level: 1, name: /import/i })).toBeVisible();
  await snap(page, 'tour-10-import');

  const status = await rpc<{ open: { name: string } }>(page, 'books.status');
  expect(status.open.name).toMatch(/^Demo shop/);

  // The wizard with real exports, into new books: what Duly found, then what it did.
  await rpc(page, 'books.create', { name: 'Imported' });
  await page.goto(`${new URL(page.url()).origin}/#/import`);
  const wizard = new ImportWizard(page);
  await wizard.choose([fixture('quickbooks-online-invoice-list.csv'), fixture('xero-invoices.csv')]);
  await wizard.check();
  await expect(wizard.importButton).toBeEnabled({ timeout: 15_000 });
  await snap(page, 'tour-11-import-check');
  await wizard.importButton.click();
  await expect(wizard.summaryHeading).toBeVisible({ timeout: 30_000 });
  await snap(page, 'tour-12-import-summary');
});
