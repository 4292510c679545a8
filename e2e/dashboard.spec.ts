import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CustomersScreen } from './pages/customers';
import { DashboardScreen } from './pages/dashboard';
import { consoleProblems, downloadFrom, snap } from './pages/helpers';
import { csvFile, ImportWizard } from './pages/import-wizard';

// The dashboard of a small shop worked by hand (the one of the dashboard service tests), brought in
// through the import wizard and tagged on the customers' pages, with today fixed to 23/11/2026.
//   Xavier Ltd (trade): I4 £40 due 31 May, I1 £100 due 31 Aug, I2 £250.50 due 31 Oct, I3 £80 due 20 Dec;
//     P1 £50 on 10 Sep names no invoice: I4 (oldest due) gets £40, I1 £10.
//   Yolanda: P2 £30 on 1 Nov and no invoices: unapplied credit.
//   Zed & Co (retail): Z1 £200 due 10 Nov, paid by P3 on 15 Nov; Z2 £70 due 1 Jul 2025, open.
// Today: current £80 (I3), 1-30 £250.50 (I2, 23 days), 61-90 £90 (I1, 84 days), 90+ £70 (Z2).
// Open £490.50, overdue £410.50 (84%), credit £30, owed after credits £460.50.

const CUSTOMERS = 'customer_ref,name\nX,Xavier Ltd\nY,Yolanda\nZ,Zed & Co\n';
const INVOICES =
  'invoice_number,customer_ref,issue_date,due_date,total\n' +
  'I1,X,2026-08-01,2026-08-31,100.00\n' +
  'I2,X,2026-10-01,2026-10-31,250.50\n' +
  'I3,X,2026-11-20,2026-12-20,80.00\n' +
  'I4,X,2026-05-01,2026-05-31,40.00\n' +
  'Z1,Z,2026-11-05,2026-11-10,200.00\n' +
  'Z2,Z,2025-06-01,2025-07-01,70.00\n';
const PAYMENTS =
  'payment_ref,customer_ref,date,amount,invoice_number\n' +
  'P1,X,2026-09-10,50.00,\n' +
  'P2,Y,2026-11-01,30.00,\n' +
  'P3,Z,2026-11-15,200.00,Z1\n';

async function importShop(page: Page): Promise<void> {
  const wizard = new ImportWizard(page);
  await wizard.open();
  await wizard.choose([
    csvFile('customers.csv', CUSTOMERS),
    csvFile('invoices.csv', INVOICES),
    csvFile('payments.csv', PAYMENTS),
  ]);
  await wizard.check();
  await expect(wizard.toAdd).toHaveText('3 customers, 6 invoices and 3 payments');
  await wizard.importButton.click();
  await expect(wizard.summaryHeading).toBeVisible();
}

/** Tags a customer through their page's Edit form. */
async function tagCustomer(page: Page, name: string, tag: string): Promise<void> {
  const customers = new CustomersScreen(page);
  await customers.openList();
  await customers.row(name).getByRole('link', { name, exact: true }).click();
  await page.getByRole('button', { name: 'Edit contact details' }).click();
  const tags = customers.dialog.getByRole('combobox', { name: 'Tags' });
  await tags.fill(tag);
  await tags.press('Enter');
  await customers.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(customers.dialog).toBeHidden();
}

test('the figures and buckets of a hand-worked shop, today and on a past date', async ({ page }) => {
  const problems = consoleProblems(page);
  await importShop(page);
  const dashboard = new DashboardScreen(page);
  await dashboard.open();
  await expect(dashboard.asOf).toHaveValue('23/11/2026');

  await expect(dashboard.figure('owed')).toHaveText('£460.50');
  await expect(page.getByRole('button', { name: /^Owed to you/ })).toContainText(
    '£490.50 on 4 open invoices, less £30.00 credit',
  );
  await expect(dashboard.figure('overdue')).toHaveText('£410.50');
  await expect(page.getByText('84% of what is owed is past its due date')).toBeVisible();
  await expect(dashboard.figure('credit')).toHaveText('£30.00');
  // Payments in the 90 days: £40 102 days late, £10 10 days late, £200 5 days late → 20.7 days.
  await expect(dashboard.figure('lateness')).toHaveText('20.7 days');
  await expect(page.getByText('2 payments since 26/08/2026, weighted by amount')).toBeVisible();
  await expect(dashboard.figure('collected')).toHaveText('£230.00');
  await expect(page.getByTestId('collected-comparison')).toHaveText('Up £230.00 on October');
  const buckets = {
    current: '£80.00',
    '1-30': '£250.50',
    '31-60': '£0.00',
    '61-90': '£90.00',
    '90+': '£70.00',
  };
  for (const [label, amount] of Object.entries(buckets))
    await expect(dashboard.bucket(label)).toContainText(amount);
  await snap(page, 'dashboard');

  // DSO counted back: November so far sold £280 (23 days), October's £250.50 covers the last £210.50.
  await expect(dashboard.figure('dso')).toHaveText('49 days');
  await page.getByRole('button', { name: 'How days sales outstanding is counted' }).click();
  await expect(page.getByTestId('dso-explanation')).toContainText(
    'Counted back from what is owed (£490.50): 23 days of November so far (£280.00 sold) + ' +
      '26.0 of 31 days of October (£250.50 sold) = 49 days.',
  );
  await page.keyboard.press('Escape');

  // The trend as a table: at the end of October I2 fell due that very day, so only I1, I4 and Z2
  // were overdue (£160); £410.50 was owed (P1's £50 taken off).
  const trend = page.getByTestId('trend-chart');
  await page.getByRole('radiogroup', { name: '“Owed and overdue over time” as' }).getByText('Table').click();
  await expect(trend.getByRole('row', { name: /31\/10\/2026/ })).toHaveText(/£410\.50.*£160\.00/);
  await expect(trend.getByRole('row')).toHaveCount(14);
  await page.getByRole('radiogroup', { name: 'How far back' }).getByText('24 months').click();
  await expect(trend.getByRole('row')).toHaveCount(26);
  await snap(page, 'dashboard-trend-table');

  // 30 September: only I1, I4 and Z2 were issued; P1 had paid I4 and £10 of I1; P2 and P3 not yet.
  await dashboard.showAsOf('30/09/2026', '2026-09-30');
  await expect(dashboard.figure('owed')).toHaveText('£160.00');
  await expect(dashboard.figure('overdue')).toHaveText('£160.00');
  await expect(page.getByText('100% of what is owed is past its due date')).toBeVisible();
  await expect(dashboard.figure('credit')).toHaveText('£0.00');
  await expect(dashboard.figure('collected')).toHaveText('£50.00');
  await expect(page.getByTestId('collected-comparison')).toHaveText('Up £50.00 on August');
  const then = { current: '£0.00', '1-30': '£90.00', '31-60': '£0.00', '61-90': '£0.00', '90+': '£70.00' };
  for (const [label, amount] of Object.entries(then))
    await expect(dashboard.bucket(label)).toContainText(amount);
  await expect(page).toHaveURL(/#\/dashboard\/2026-09-30$/);
  await snap(page, 'dashboard-as-of');

  // The date survives a reload; "Today" comes back.
  await page.reload();
  await expect(dashboard.body).toHaveAttribute('data-as-of', '2026-09-30');
  await expect(dashboard.asOf).toHaveValue('30/09/2026');
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await expect(dashboard.body).toHaveAttribute('data-as-of', '2026-11-23');
  await expect(dashboard.figure('owed')).toHaveText('£460.50');
  await expect(dashboard.asOf).toHaveValue('23/11/2026');
  expect(problems).toEqual([]);
});

test('a bucket opens the invoices behind it; a name opens the customer; tags and order narrow it', async ({
  page,
}) => {
  await importShop(page);
  await tagCustomer(page, 'Xavier Ltd', 'trade');
  await tagCustomer(page, 'Zed & Co', 'retail');
  const dashboard = new DashboardScreen(page);
  await dashboard.open();

  await dashboard.bucket('61-90').click();
  await expect(dashboard.drawer.getByRole('heading', { name: '61–90 days overdue' })).toBeVisible();
  await expect(dashboard.drillTotal).toHaveText('£90.00');
  await expect(dashboard.drillAgreement).toHaveText(
    'This adds up to £90.00: “61–90 days overdue” on the dashboard, to the penny.',
  );
  await dashboard.drawer.getByRole('button', { name: 'Show the invoices of Xavier Ltd' }).click();
  const invoices = dashboard.drawer.getByRole('table', { name: 'Invoices of Xavier Ltd' });
  await expect(invoices.getByRole('row', { name: /I1/ })).toHaveText(
    /01\/08\/2026.*31\/08\/2026.*84 days overdue.*£90\.00/,
  );
  await snap(page, 'dashboard-drill-bucket');
  await dashboard.drawer.getByRole('link', { name: 'Xavier Ltd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xavier Ltd' })).toBeVisible();
  await expect(page).toHaveURL(/#\/customers\/\d+$/);

  // Back on the dashboard: everything overdue, then only the retail customers.
  await page.goBack();
  await expect(dashboard.body).toBeVisible();
  await page.getByRole('button', { name: /^Overdue/ }).click();
  await expect(dashboard.drillTotal).toHaveText('£410.50');
  await expect.poll(() => dashboard.drillNames()).toEqual(['Xavier Ltd', 'Zed & Co']);
  const tagFilter = dashboard.drawer.getByRole('combobox', { name: 'Tag' });
  await tagFilter.click();
  await page.getByRole('option', { name: 'retail' }).click();
  await expect(dashboard.drillTotal).toHaveText('£70.00');
  await expect.poll(() => dashboard.drillNames()).toEqual(['Zed & Co']);
  await expect(dashboard.drillAgreement).toHaveText(
    'Customers tagged “retail” account for £70.00 of the £410.50.',
  );
  await tagFilter.click();
  await page.getByRole('option', { name: 'All tags' }).click();
  await expect(dashboard.drillTotal).toHaveText('£410.50');

  // Oldest due first: Zed's Z2 (July 2025) comes before Xavier's I1; reversed, the other way round.
  await dashboard.drawer.getByText('Oldest due', { exact: true }).click();
  await expect.poll(() => dashboard.drillNames()).toEqual(['Zed & Co', 'Xavier Ltd']);
  await dashboard.drawer.getByRole('button', { name: 'Reverse the order' }).click();
  await expect.poll(() => dashboard.drillNames()).toEqual(['Xavier Ltd', 'Zed & Co']);
  await page.keyboard.press('Escape');
  await expect(dashboard.drawer).toBeHidden();

  // The largest overdue balances, by keyboard from their table: everything Xavier owes, and how
  // much of it is their overdue bar.
  await page.getByRole('radiogroup', { name: '“Largest overdue balances” as' }).getByText('Table').click();
  const name = page.getByRole('button', { name: 'Xavier Ltd: show their open invoices' });
  await name.focus();
  await page.keyboard.press('Enter');
  await expect(dashboard.drillTotal).toHaveText('£420.50');
  await expect(dashboard.drillAgreement).toHaveText(
    '£340.50 of it is overdue: their bar on the dashboard, to the penny.',
  );
});

test('exports the aged receivables as of the date shown: CSV with its totals, PDF to print', async ({
  page,
}) => {
  await importShop(page);
  const dashboard = new DashboardScreen(page);
  await dashboard.open();

  const csv = await downloadFrom(page.getByRole('button', { name: 'Export CSV' }));
  expect(csv.name).toBe('Aged receivables 2026-11-23.csv');
  const lines = csv.content.toString('utf8').trim().split('\n');
  expect(lines[0]).toBe('ref,name,current,1-30,31-60,61-90,90+,credit,balance');
  expect(lines.at(-1)).toBe('TOTAL,,80.00,250.50,0.00,90.00,70.00,30.00,460.50');
  await expect(page.getByText('Saved “Aged receivables 2026-11-23.csv”')).toBeVisible();

  await dashboard.showAsOf('30/09/2026', '2026-09-30');
  const earlier = await downloadFrom(page.getByRole('button', { name: 'Export CSV' }));
  expect(earlier.name).toBe('Aged receivables 2026-09-30.csv');
  expect(earlier.content.toString('utf8').trim().split('\n').at(-1)).toBe(
    'TOTAL,,0.00,90.00,0.00,0.00,70.00,0.00,160.00',
  );

  const pdf = await downloadFrom(page.getByRole('button', { name: 'Print PDF' }));
  expect(pdf.name).toBe('Aged receivables 2026-09-30.pdf');
  expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await page.getByRole('button', { name: 'More ways to print' }).click();
  const detail = await downloadFrom(
    page.getByRole('menuitem', { name: "Print PDF with each customer's invoices" }),
  );
  expect(detail.name).toBe('Aged receivables 2026-09-30 with invoices.pdf');
  expect(detail.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(detail.content.length).toBeGreaterThan(pdf.content.length);
});

test('the buckets set in Settings are the ones the dashboard shows', async ({ page }) => {
  await importShop(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Ageing buckets' });
  const limit = (n: number) => card.getByRole('textbox', { name: `Limit ${n}, in days` });
  await expect(limit(3)).toHaveValue('90');

  // Out of order: main refuses, and its message stands under the limits.
  await limit(2).fill('20');
  await card.getByRole('button', { name: 'Save buckets' }).click();
  await expect(card.getByRole('alert')).toHaveText('Each limit must be larger than the one before.');

  await card.getByRole('button', { name: 'Remove limit 3 (90)' }).click();
  await limit(1).fill('15');
  await limit(2).fill('45');
  await expect(card.getByTestId('bucket-preview')).toHaveText(
    ['Not yet due', '1–15 days overdue', '16–45 days overdue', 'Over 45 days overdue'].join(''),
  );
  await snap(page, 'settings-ageing-buckets');
  await card.getByRole('button', { name: 'Save buckets' }).click();
  await expect(page.getByText('Buckets saved')).toBeVisible();

  const dashboard = new DashboardScreen(page);
  await dashboard.open();
  // I2 is 23 days overdue (16-45); I1 84 and Z2 510 days (45+).
  const buckets = { current: '£80.00', '1-15': '£0.00', '16-45': '£250.50', '45+': '£160.00' };
  for (const [label, amount] of Object.entries(buckets))
    await expect(dashboard.bucket(label)).toContainText(amount);
  await expect(dashboard.bucket('61-90')).toHaveCount(0);
  await dashboard.bucket('45+').click();
  await expect(dashboard.drillTotal).toHaveText('£160.00');
});
