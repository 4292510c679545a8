import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { CustomersScreen } from './pages/customers';

// The customers screens driven as the shop owner would: by keyboard and mouse, with what is on
// screen, against the real server with fresh books and today fixed to 23/11/2026.

/** A screenshot kept with the test's output (e2e-artifacts/<test>/screenshots/), to look at. */
async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath('screenshots', `${name}.png`) });
}

test('a customer added by hand, invoiced, paid oldest due first: balances follow at once', async ({
  page,
}, testInfo) => {
  const screen = new CustomersScreen(page);
  await screen.openList();
  await expect(page.getByText('No customers yet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import customers' })).toBeVisible();

  // A bad email is refused at its field, before anything is sent.
  await page.getByRole('button', { name: 'New customer' }).first().click();
  await screen.field('Name').fill('Harbour Bakery');
  await screen.field('Reference').fill('C100');
  await screen.field('Email').fill('accounts@harbour');
  await screen.dialog.getByRole('button', { name: 'Add customer' }).click();
  await expect(screen.field('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(screen.field('Email')).toBeFocused();
  await expect(screen.dialog.getByText('This does not look like an email address.')).toBeVisible();
  await screen.field('Email').fill('accounts@harbour.example');
  await screen.dialog.getByRole('button', { name: 'Add customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Bakery', exact: true })).toBeVisible();
  await expect(page.getByText('accounts@harbour.example')).toBeVisible();

  // Two invoices; the due date follows the usual 30 days.
  await screen.addInvoice({ number: 'INV-1001', issued: '01/10/2026', total: '120.00' });
  await screen.addInvoice({ number: 'INV-1002', issued: '15/10/2026', total: '80.50' });
  const invoices = page.getByRole('table', { name: 'Invoices' });
  await expect(invoices.getByRole('row', { name: /INV-1001/ })).toContainText('31/10/2026');
  await expect(invoices.getByRole('row', { name: /INV-1001/ })).toContainText('23 days overdue');
  await expect(screen.figure('Balance')).toContainText('£200.50');
  await expect(screen.figure('Overdue')).toContainText('£200.50');

  // A payment of £150 left to the rule: the preview says where it goes before saving.
  await screen.dismissNotes();
  await page.getByRole('button', { name: 'Record payment' }).click();
  await expect(screen.field('Date received')).toHaveValue('23/11/2026');
  await expect(page.getByRole('radio', { name: 'Oldest due first (recommended)' })).toBeChecked();
  await screen.field('Amount').fill('150.555');
  await expect(screen.dialog.getByText('GBP amounts have at most 2 decimal places.')).toBeVisible();
  await screen.field('Amount').fill('150');
  const preview = page.getByRole('region', { name: 'Where the money will go' });
  await expect(preview).toContainText(/INV-1001.*in full.*£120\.00/);
  await expect(preview).toContainText(/INV-1002.*part.*£30\.00/);
  await expect(preview).toContainText('Nothing left over as credit.');
  await shot(page, testInfo, 'record-payment');
  await screen.dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(screen.dialog).toBeHidden();
  await expect(page.getByText('Payment recorded')).toBeVisible();

  // The page reads again at once: balance, ageing and where the money went.
  await expect(screen.figure('Balance')).toContainText('£50.50');
  const payments = page.getByRole('table', { name: 'Payments' });
  await expect(payments).toContainText('PAY-000001');
  await expect(payments).toContainText(/INV-1001 £120\.00, INV-1002 £30\.00/);
  await page.getByRole('tab', { name: /Invoices/ }).click();
  await expect(invoices.getByRole('row', { name: /INV-1001/ })).toContainText('Paid 23/11/2026');
  await screen.dismissNotes();
  await shot(page, testInfo, 'customer-page');

  // And so does the list.
  await page.getByRole('link', { name: 'Back to customers' }).click();
  await expect(screen.row('Harbour Bakery')).toContainText('£50.50');
  await expect(screen.row('Harbour Bakery')).toContainText('9 days overdue');
  await expect(screen.summary).toHaveText('1 customer · £50.50 owed · £50.50 overdue');
});

test('the list searches by invoice number, sorts by most overdue, and moves by keyboard', async ({
  page,
}, testInfo) => {
  const screen = new CustomersScreen(page);
  await screen.openList();
  await screen.addCustomer({ name: 'Alder Joinery', ref: 'C001' });
  await screen.addInvoice({ number: 'INV-2001', issued: '01/10/2026', total: '500.00' });
  await screen.openList();
  await screen.addCustomer({ name: 'Birch Florists', ref: 'C002' });
  await screen.addInvoice({ number: 'INV-2002', issued: '01/08/2026', total: '75.00' });
  await screen.openList();
  await screen.addCustomer({ name: 'Cedar Café', ref: 'C003' });
  await screen.addInvoice({ number: 'INV-2003', issued: '20/11/2026', total: '10.00' });
  await screen.openList();

  // Largest balance first, by default.
  await expect.poll(() => screen.names()).toEqual(['Alder Joinery', 'Birch Florists', 'Cedar Café']);
  await expect(screen.row('Birch Florists')).toContainText('84 days overdue');
  await expect(screen.row('Alder Joinery')).toContainText('23 days overdue');
  await expect(screen.row('Cedar Café')).toContainText('Not due');
  await screen.dismissNotes();
  await shot(page, testInfo, 'customers-list');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, 'customers-list-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // "/" jumps to the search; an invoice number finds its customer.
  await page.getByRole('heading', { level: 1, name: 'Customers' }).click();
  await page.keyboard.press('/');
  await expect(screen.search).toBeFocused();
  await page.keyboard.type('INV-2002');
  await expect.poll(() => screen.names()).toEqual(['Birch Florists']);
  await expect(screen.summary).toContainText('1 of 3 customers');
  await screen.search.fill('nothing like this');
  await expect(page.getByText('No customer matches “nothing like this”')).toBeVisible();
  await page.getByRole('button', { name: 'Show all customers' }).click();

  // Most overdue first; reversed, the least.
  await screen.sortBy('Most overdue');
  await expect.poll(() => screen.names()).toEqual(['Birch Florists', 'Alder Joinery', 'Cedar Café']);
  await page.getByRole('button', { name: 'Reverse the order' }).click();
  await expect.poll(() => screen.names()).toEqual(['Alder Joinery', 'Birch Florists', 'Cedar Café']);
  await screen.sortBy('Name');
  await expect.poll(() => screen.names()).toEqual(['Cedar Café', 'Birch Florists', 'Alder Joinery']);

  // Arrow keys move between customers; Enter opens one.
  await screen.list.getByRole('link').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: 'Birch Florists' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('link', { name: 'Alder Joinery' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Alder Joinery', exact: true })).toBeVisible();
});

test('contact details edited, payment to a chosen invoice, credit note: credit shows as credit', async ({
  page,
}, testInfo) => {
  const screen = new CustomersScreen(page);
  await screen.openList();
  await screen.addCustomer({ name: 'Dune Surf School', ref: 'C010' });

  // Edit: terms of 14 days and a credit limit; a terms typo is caught at the field.
  await page.getByRole('button', { name: 'Edit contact details' }).click();
  await screen.field('Payment terms (days)').fill('two weeks');
  await screen.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(screen.dialog.getByText('Write a whole number of days, such as 30.')).toBeVisible();
  await screen.field('Payment terms (days)').fill('14');
  await screen.field('Credit limit').fill('1,000');
  await screen.field('Phone').fill('01632 960123');
  await screen.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(screen.dialog).toBeHidden();
  await expect(page.getByText('14 days', { exact: true })).toBeVisible();
  await expect(page.getByText('£1,000.00', { exact: true })).toBeVisible();

  // Due 14 days after issue now; a second invoice number already used is refused by main, at the field.
  await screen.addInvoice({ number: 'INV-3001', issued: '01/11/2026', total: '40.00' });
  await expect(page.getByRole('table', { name: 'Invoices' })).toContainText('15/11/2026');
  await screen.addInvoice({ number: 'INV-3002', issued: '20/11/2026', total: '60.00' });
  await page.getByRole('button', { name: 'Add invoice' }).click();
  await screen.field('Invoice number').fill('INV-3001');
  await screen.field('Total').fill('1');
  await screen.dialog.getByRole('button', { name: 'Add invoice' }).click();
  await expect(screen.dialog.getByText('Invoice INV-3001 is already in the books.')).toBeVisible();
  await screen.dialog.getByRole('button', { name: 'Cancel' }).click();

  // A payment the customer named for the newer invoice, with more than it owes.
  await page.getByRole('button', { name: 'Record payment' }).click();
  await screen.field('Amount').fill('70');
  await page.getByRole('radio', { name: 'Invoices I choose' }).check();
  await screen.dialog.getByRole('checkbox', { name: /INV-3002/ }).check();
  const preview = page.getByRole('region', { name: 'Where the money will go' });
  await expect(preview).toContainText(/INV-3002.*in full.*£60\.00/);
  await expect(preview).toContainText(/Stays with the customer as credit\s*£10\.00/);
  await screen.dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(screen.dialog).toBeHidden();
  // The £10 left over is credit, so the balance nets it off the older invoice.
  await expect(screen.figure('Unapplied credit')).toContainText('£10.00');
  await expect(screen.figure('Balance')).toContainText('£30.00');

  // A credit note for the rest and more: the customer ends up in credit.
  await page.getByRole('button', { name: 'Add credit note' }).click();
  await screen.field('Amount').fill('45');
  await screen.dialog.getByRole('textbox', { name: 'Reason' }).fill('Wetsuit returned');
  await screen.dialog.getByRole('button', { name: 'Add credit note' }).click();
  await expect(screen.dialog).toBeHidden();
  await expect(screen.figure('Balance')).toContainText('£15.00 in credit');
  await expect(page.getByRole('table', { name: 'Credit notes' })).toContainText('Wetsuit returned');
  await screen.dismissNotes();
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, 'customer-in-credit-dark');

  await page.getByRole('link', { name: 'Back to customers' }).click();
  await expect(screen.row('Dune Surf School')).toContainText('£15.00 in credit');
  await expect(screen.row('Dune Surf School')).toContainText('—');
});
