import path from 'node:path';
import { expect, test } from './fixtures';
import { CustomersScreen } from './pages/customers';
import { snap } from './pages/helpers';
import { ImportWizard } from './pages/import-wizard';

// How each customer pays, on their page and in the list, from a small history worked by hand (see
// fixtures/e2e-behaviour/README.md), imported through the wizard and judged as of 23/11/2026.

const fixture = (name: string) => path.resolve(import.meta.dirname, '..', 'fixtures', 'e2e-behaviour', name);

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const wizard = new ImportWizard(page);
  await wizard.open();
  await wizard.choose([fixture('customers.csv'), fixture('invoices.csv'), fixture('payments.csv')]);
  await wizard.check();
  await expect(wizard.toAdd).toHaveText('4 customers, 33 invoices and 29 payments');
  await wizard.importButton.click();
  await expect(wizard.summaryHeading).toBeVisible();
  await page.getByRole('button', { name: 'Go to customers' }).click();
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
});

test('the list shows how each customer pays, and filters by it', async ({ page }) => {
  const screen = new CustomersScreen(page);
  await expect(screen.row('Harbour Bakery')).toContainText('Reliable payer');
  await expect(screen.row('Gull Point Café')).toContainText('Chronically late');
  await expect(screen.row('Moor Lane Garage')).toContainText('Getting worse');
  await expect(screen.row('Cliff Top Studio')).toContainText('New customer');
  await snap(page, 'behaviour-list');

  await screen.onlyPaying('Chronically late');
  await expect.poll(() => screen.names()).toEqual(['Gull Point Café']);
  await expect(screen.summary).toHaveText('1 of 4 customers · £200.00 owed · £200.00 overdue');
  await screen.onlyPaying('Occasionally late');
  await expect(page.getByText('No customer pays this way today')).toBeVisible();
  await page.getByRole('button', { name: 'Show all customers' }).click();
  await expect.poll(() => screen.names()).toHaveLength(4);
  await expect(page.getByRole('combobox', { name: 'How they pay' })).toHaveValue('Any payer');

  // The filter stays while the owner looks at a customer and comes back.
  await screen.onlyPaying('Getting worse');
  await screen.openCustomer('Moor Lane Garage');
  await page.getByRole('link', { name: 'Back to customers' }).click();
  await expect.poll(() => screen.names()).toEqual(['Moor Lane Garage']);
  await screen.onlyPaying('Any payer');
  await expect.poll(() => screen.names()).toHaveLength(4);
});

test('a reliable payer: one invoice in ten paid four days late', async ({ page }) => {
  const screen = new CustomersScreen(page);
  await screen.openCustomer('Harbour Bakery');
  await expect(screen.behaviour.getByText('Reliable payer')).toBeVisible();
  await expect(screen.behaviourReason).toHaveText(
    'Paid 9 of the last 10 invoices on time; the late one was 4 days late.',
  );
  await expect(screen.behaviourFigure('On time')).toContainText('9 of the last 10');
  await expect(screen.behaviourFigure('Late on average')).toContainText('0.4 days');
  await expect(screen.behaviourFigure('Half the money came')).toHaveText('By the due date');
  await expect(screen.behaviourFigure('Longest delay')).toHaveText('4 days');
  await expect(screen.behaviourFigure('Last 6 invoices')).toContainText('0.7 days late on average');
  await expect(screen.behaviourFigure('Owed today')).toContainText('£50.00 of £500.00');
  await expect(screen.behaviourFigure('Owed today')).toContainText('10% of their credit limit');
  await expect(
    screen.behaviour.getByRole('img', { name: /Bar chart of days late for 10 invoices/ }),
  ).toBeVisible();
  await snap(page, 'behaviour-reliable');

  // The chart's table: every judged invoice, newest first, with how late it came.
  await screen.showDaysLateAs('Table');
  const rows = screen.daysLateTable.getByRole('row');
  await expect(rows).toHaveCount(11);
  await expect(rows.nth(1)).toContainText('HB-10');
  await expect(rows.nth(10)).toContainText('HB-01');
  await expect(screen.daysLateTable.getByRole('row', { name: /HB-06/ })).toHaveText(
    /HB-06\s*10\/06\/2026\s*14\/06\/2026\s*4 days\s*£50\.00/,
  );
  await expect(screen.daysLateTable.getByRole('row', { name: /HB-05/ })).toContainText('On time');
  // HB-11 is not due yet: nothing to judge.
  await expect(screen.daysLateTable).not.toContainText('HB-11');
});

test('a chronically late payer over their credit limit', async ({ page }) => {
  const screen = new CustomersScreen(page);
  await screen.openCustomer('Gull Point Café');
  await expect(screen.behaviour.getByText('Chronically late')).toBeVisible();
  await expect(screen.behaviourReason).toHaveText(
    'Paid 1 of the last 8 invoices on time; on average 40 days late, with 2 still unpaid.',
  );
  await expect(screen.behaviourFigure('On time')).toContainText('1 of the last 8');
  await expect(screen.behaviourFigure('Late on average')).toContainText('40 days');
  await expect(screen.behaviourFigure('Half the money came')).toHaveText('Within 40 days of the due date');
  await expect(screen.behaviourFigure('Longest delay')).toHaveText('69 days so far (unpaid)');
  await expect(screen.behaviourFigure('Owed today')).toContainText('£200.00 of £150.00');
  await expect(screen.behaviourFigure('Owed today')).toContainText('Over their credit limit');
  await snap(page, 'behaviour-chronic');

  await screen.showDaysLateAs('Table');
  const table = screen.daysLateTable;
  await expect(table.getByRole('row')).toHaveCount(9);
  await expect(table.getByRole('row', { name: /GP-08/ })).toContainText('Not yet');
  await expect(table.getByRole('row', { name: /GP-08/ })).toContainText('39 days so far (unpaid)');
  await expect(table.getByRole('row', { name: /GP-07/ })).toContainText('69 days so far (unpaid)');
  await expect(table.getByRole('row', { name: /GP-05/ })).toContainText('2 days');
  for (const [number, late] of [
    ['GP-01', '40 days'],
    ['GP-02', '45 days'],
    ['GP-03', '35 days'],
    ['GP-04', '50 days'],
    ['GP-06', '40 days'],
  ] as const) {
    await expect(table.getByRole('row', { name: new RegExp(number) })).toContainText(late);
  }
});

test('getting worse, and too new to judge', async ({ page }) => {
  const screen = new CustomersScreen(page);
  await screen.openCustomer('Moor Lane Garage');
  await expect(screen.behaviour.getByText('Getting worse')).toBeVisible();
  await expect(screen.behaviourReason).toHaveText(
    'The last 6 invoices came 20 days late on average; the 6 before them were all paid by their due date.',
  );
  await expect(screen.behaviourFigure('Last 6 invoices')).toContainText('20 days late on average');
  await expect(screen.behaviourFigure('Last 6 invoices')).toContainText(
    'Later than the 6 before (all by the due date)',
  );
  await snap(page, 'behaviour-worsening');

  await page.getByRole('link', { name: 'Back to customers' }).click();
  await screen.openCustomer('Cliff Top Studio');
  await expect(screen.behaviour.getByText('New customer')).toBeVisible();
  await expect(screen.behaviourReason).toHaveText(
    'Only 1 invoice paid or overdue so far (1 more not yet late): too early to judge.',
  );
  // No chart for one invoice: a kind word, and the one there is.
  await expect(screen.behaviour.getByText(/Too early to see a habit/)).toBeVisible();
  await expect(screen.behaviour.getByRole('img')).toHaveCount(0);
  await expect(screen.behaviourFigure('On time')).toContainText('1 of 1 so far');
  await expect(screen.daysLateTable.getByRole('row', { name: /CT-01/ })).toContainText('On time');
  await snap(page, 'behaviour-new');
});
