import path from 'node:path';
import { expect, test } from './fixtures';
import { consoleProblems, rpc, snap } from './pages/helpers';
import { csvFile, ImportWizard } from './pages/import-wizard';

// The import wizard, driven as a shop owner would: choose files, see what Duly recognised and
// every problem, settle columns and dates, import with progress, and read the summary.

const EXPORTS = path.resolve(import.meta.dirname, '..', 'fixtures', 'exports');
const CUSTOMERS = csvFile('customers.csv', 'customer_ref,name\nC1,Alpha Ltd\n');

interface BooksStatus {
  open: { empty: boolean } | null;
}

test('a file with a bad row shows the row and saves nothing', async ({ page }) => {
  const console = consoleProblems(page);
  const wizard = new ImportWizard(page);
  await wizard.open();
  const invoices = csvFile(
    'invoices.csv',
    'invoice_number,customer_ref,issue_date,due_date,total\n' +
      'I1,C1,2026-01-05,2026-02-04,10.00\n' +
      'I2,C1,2026-02-30,2026-03-30,20.00\n',
  );
  await wizard.choose([CUSTOMERS, invoices]);
  await expect(wizard.chosenFiles.getByRole('listitem')).toHaveCount(2);
  await snap(page, 'import-1-choose');
  await wizard.check();

  const problems = wizard.problemsIn('invoices.csv');
  await expect(problems).toBeVisible();
  const row = problems.getByRole('row', { name: /Row 3/ });
  await expect(row).toContainText('issue_date');
  await expect(row).toContainText('"2026-02-30" is not a real date.');
  await expect(page.getByRole('heading', { name: '1 problem to fix before importing' })).toBeVisible();
  await expect(wizard.importButton).toBeDisabled();
  await expect(page.getByText('Fix the 1 problem below first. Nothing has been saved.')).toBeVisible();
  await snap(page, 'import-2-check-problems');

  expect((await rpc<BooksStatus>(page, 'books.status')).open?.empty).toBe(true);
  expect(console).toEqual([]);
});

test('a real-layout export imports through the wizard', async ({ page }) => {
  const wizard = new ImportWizard(page);
  await wizard.open();
  await wizard.choose([
    path.join(EXPORTS, 'quickbooks-online-invoice-list.csv'),
    path.join(EXPORTS, 'xero-invoices.csv'),
  ]);
  await wizard.check();

  const qbo = wizard.file('quickbooks-online-invoice-list.csv');
  await expect(qbo.getByText('Recognised: QuickBooks Online invoice or transaction list')).toBeVisible();
  await expect(qbo.getByText('MM/DD/YYYY — a day above 12 settles it')).toBeVisible();
  await expect(
    qbo
      .getByRole('table', { name: /first rows/ })
      .getByRole('columnheader')
      .first(),
  ).toContainText('Invoice date');
  const xero = wizard.file('xero-invoices.csv');
  await expect(xero.getByText('Recognised: Xero sales invoices export')).toBeVisible();
  await expect(xero.getByText('draft invoice (1 row)')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ready to import' })).toBeVisible();
  await expect(wizard.toAdd).toHaveText('5 customers, 12 invoices, 6 payments and 1 credit note');
  await snap(page, 'import-2-check-ready');

  await wizard.importButton.click();
  await expect(wizard.summaryHeading).toBeVisible();
  await expect(wizard.toAdd).toHaveText('5 customers, 12 invoices, 6 payments and 1 credit note');
  await expect(wizard.alreadyThere).toHaveText('nothing');
  await snap(page, 'import-4-summary');

  // The same export again adds nothing: everything is recognised as already there.
  await page.getByRole('button', { name: 'Import more' }).click();
  await wizard.choose([path.join(EXPORTS, 'quickbooks-online-invoice-list.csv')]);
  await wizard.check();
  await expect(page.getByRole('heading', { name: 'Nothing new to add' })).toBeVisible();
  await expect(wizard.alreadyThere).toContainText('8 invoices');
  await expect(wizard.importButton).toBeDisabled();

  await page.getByRole('link', { name: 'Customers' }).click();
  for (const name of ['Café Müller', 'Łukasz Nowak', "O'Brien & Sons", 'Ørsted Bikes', 'Hughes, Dana']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
});

test('an unrecognised spreadsheet is rescued by mapping its columns', async ({ page }) => {
  const wizard = new ImportWizard(page);
  await wizard.open();
  await wizard.choose([
    csvFile(
      'money owed.csv',
      'Harbour Lane Hardware,,,\nMoney owed in 2026,,,\n,,,\n' +
        'Our ref,Who,Raised on,Sum owed\nX1,Alpha Ltd,2026-01-05,10.00\nX2,Beta Traders,2026-02-06,"1,020.50"\n',
    ),
  ]);
  await wizard.check();
  const file = wizard.file('money owed.csv');
  await expect(file.getByText('Needs your help')).toBeVisible();
  await expect(file.getByRole('textbox', { name: 'Column names are on row' })).toHaveValue('4');
  await expect(page.getByText(/Duly could not tell what this file holds/)).toBeVisible();
  await expect(wizard.importButton).toBeDisabled();

  await wizard.mapColumn('money owed.csv', 'Invoice number', 'Our ref');
  await wizard.mapColumn('money owed.csv', 'Customer name', 'Who');
  await wizard.mapColumn('money owed.csv', 'Invoice date', 'Raised on');
  await expect(file.getByText('Still to choose: Total.')).toBeVisible();
  await wizard.mapColumn('money owed.csv', 'Total', 'Sum owed');
  await expect(file.getByText('Duly reads the file with these columns.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ready to import' })).toBeVisible();
  await expect(wizard.toAdd).toHaveText('2 customers and 2 invoices');
  await snap(page, 'import-2-check-mapping');

  await wizard.importButton.click();
  await expect(wizard.summaryHeading).toBeVisible();
  await expect(wizard.toAdd).toHaveText('2 customers and 2 invoices');
  await page.getByRole('button', { name: 'Go to customers' }).click();
  await expect(page.getByRole('link', { name: 'Beta Traders', exact: true })).toBeVisible();
});

test('ambiguous dates are asked about', async ({ page }) => {
  const wizard = new ImportWizard(page);
  await wizard.open();
  await wizard.choose([
    csvFile(
      'sales.csv',
      'Invoice,Client,Date,Due,Amount\nA1,Alpha Ltd,03/04/2026,05/06/2026,10.00\nA2,Beta,04/05/2026,06/07/2026,12.00\n',
    ),
  ]);
  await wizard.check();
  await expect(
    page.getByRole('heading', { name: 'Are dates like 03/04/2026 day/month or month/day?' }),
  ).toBeVisible();
  await expect(wizard.importButton).toBeDisabled();
  await snap(page, 'import-2-check-dates');

  await page.getByRole('button', { name: 'Day/month (3 April 2026)' }).click();
  await expect(page.getByRole('heading', { name: 'Ready to import' })).toBeVisible();
  await expect(wizard.file('sales.csv').getByText('DD/MM/YYYY — as you chose')).toBeVisible();
  await wizard.importButton.click();
  await expect(wizard.summaryHeading).toBeVisible();

  const list = await rpc<{ rows: { id: number; name: string }[] }>(page, 'customers.list', {
    search: 'Alpha',
  });
  const alpha = await rpc<{ invoices: { issueDate: string }[] }>(page, 'customers.page', {
    id: list.rows[0]!.id,
  });
  expect(alpha.invoices.map((i) => i.issueDate)).toEqual(['2026-04-03']);
});

test('a large import shows its progress and can be cancelled, saving nothing', async ({ page }) => {
  const wizard = new ImportWizard(page);
  await wizard.open();
  const lines = ['invoice_number,customer_ref,issue_date,due_date,total'];
  for (let i = 1; i <= 150_000; i++) lines.push(`N${i},C1,2026-01-05,2026-02-04,${(i % 900) + 10}.00`);
  await wizard.choose([CUSTOMERS, csvFile('all invoices.csv', `${lines.join('\n')}\n`)]);
  await wizard.check();
  await expect(wizard.toAdd).toHaveText('1 customer and 150,000 invoices', { timeout: 60_000 });

  await wizard.importButton.click();
  await expect(page.getByText('Importing your files', { exact: true })).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await snap(page, 'import-3-progress', { settle: false });
  // The window stays responsive while main works: the navbar still answers.
  await expect(page.getByRole('link', { name: 'Settings' })).toBeEnabled();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(page.getByRole('heading', { name: 'Import stopped' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Nothing was saved: your books are exactly as they were.')).toBeVisible();
  expect((await rpc<BooksStatus>(page, 'books.status')).open?.empty).toBe(true);
});
