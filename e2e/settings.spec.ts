import fs from 'node:fs';
import { browserModeOnly, expect, test } from './fixtures';
import { SettingsPage } from './pages/settings-page';

// Settings as an owner uses them: business details saved and refused at the field, backups made,
// downloaded and restored, and a restore undone. Browser mode only: backups leave by download and come
// back by upload, and the books are set up through its HTTP channel; the desktop app's native dialogs
// cannot be driven from here.
test.beforeEach(() => browserModeOnly());

/** Books with something in them: automatic backups are made only then, and a restore has work to do. */
async function aCustomer(settings: SettingsPage): Promise<number> {
  const customer = await settings.rpc<{ id: number }>('customers.create', { ref: 'C001', name: 'Ann Baker' });
  return customer.id;
}

test('back up, change something, restore, and see it undone', async ({ page, duly }) => {
  const settings = new SettingsPage(page, duly);
  await settings.tallWindow(); // The screenshots below show each card whole.
  await aCustomer(settings);
  await settings.open();

  await settings.renameBusiness('Corner Shop');
  await settings.screenshot('settings-details', settings.details);

  await settings.backUp();
  await expect(settings.rowOf('Made by you')).toHaveCount(1);
  await settings.renameBusiness('Renamed Shop');
  await settings.backups.scrollIntoViewIfNeeded();
  await settings.screenshot('settings-backups', settings.backups);
  await settings.screenshot('settings-page');

  const made = settings.rowOf('Made by you');
  const when = (await made.locator('time').textContent()) ?? '';
  await made.getByRole('button', { name: /^Restore the backup from/ }).click();
  await expect(settings.restoreDialog).toContainText(
    `Your books will be replaced by the backup from ${when}.`,
  );
  await expect(settings.restoreDialog).toContainText(
    'The books as they are now are copied first, so you can undo this.',
  );
  await expect(settings.restoreDialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await settings.screenshot('settings-restore-confirmation');
  await settings.restoreDialog.getByRole('button', { name: 'Replace my books' }).click();

  await expect(settings.restoreDialog).toBeHidden();
  await expect(settings.backups.getByText('The backup is restored')).toBeVisible();
  await expect(settings.businessName).toHaveValue('Corner Shop');
  await settings.closeNotice('Every screen now shows the restored books.');
  await expect(settings.rowOf('Before a restore')).toHaveCount(1);
  await expect(settings.rowOf('Automatic, when the books were opened')).toHaveCount(1);
  await settings.screenshot('settings-restored', settings.backups);

  // And the restore itself can be undone: the copy made just before it brings the new name back.
  await settings.backups.getByRole('button', { name: 'Undo this restore…' }).click();
  await settings.restoreDialog.getByRole('button', { name: 'Replace my books' }).click();
  await expect(settings.businessName).toHaveValue('Renamed Shop');
  await expect(settings.rowOf('Before a restore')).toHaveCount(2);
});

test('a business detail with a bad value shows its message at the field', async ({ page, duly }) => {
  const settings = new SettingsPage(page, duly);
  await settings.tallWindow();
  const customerId = await aCustomer(settings);
  await settings.rpc('invoices.create', {
    customerId,
    number: 'INV-1',
    issueDate: '2026-11-01',
    total: 12_000,
  });
  await settings.open();

  // The form's own check, before anything is sent.
  await settings.paymentTerms.fill('');
  await settings.save.click();
  await expect(settings.paymentTerms).toHaveAccessibleDescription(
    /Use a whole number of days, from 0 to 3650\./,
  );
  await settings.paymentTerms.fill('14');
  await expect(settings.paymentTerms).not.toHaveAttribute('aria-invalid', 'true');

  // Main's refusal, at the field it concerns.
  await settings.choose(settings.currency, 'EUR', /^EUR — Euro$/);
  await settings.save.click();
  const refusal =
    'These books already hold invoices in GBP; the currency can only change while there are none.';
  await expect(settings.currency).toHaveAccessibleDescription(new RegExp(refusal.replace(/[.;]/g, '\\$&')));
  await expect(settings.currency).toHaveAttribute('aria-invalid', 'true');
  await settings.screenshot('settings-currency-refused', settings.details);

  // Nothing was saved: the books still say GBP and 30 days.
  const saved = await settings.rpc<{ currency: string; defaultPaymentTermsDays: number }>('settings.get', {});
  expect(saved).toMatchObject({ currency: 'GBP', defaultPaymentTermsDays: 30 });

  // Changing the currency back clears the message; the terms save on their own.
  await settings.choose(settings.currency, 'GBP', /^GBP — British Pound$/);
  await expect(settings.currency).not.toHaveAttribute('aria-invalid', 'true');
  await settings.saveChanges();
  await expect(settings.paymentTerms).toHaveValue('14 days');
});

test('the example follows the choices, and every screen follows on save', async ({ page, duly }) => {
  const settings = new SettingsPage(page, duly);
  await settings.open();
  await expect(settings.example).toHaveText('£1,234.56 · 31/01/2026');

  await settings.choose(settings.currency, 'euro', /^EUR — Euro$/);
  await settings.choose(settings.locale, 'de-DE', /de-DE$/);
  await settings.dateFormat.click();
  await page.getByRole('option', { name: /^DD\.MM\.YYYY/ }).click();
  await expect(settings.example).toHaveText('1.234,56\u00a0€ · 31.01.2026');
  await settings.saveChanges();

  await settings.backUp();
  await expect(settings.rowOf('Made by you').locator('time')).toHaveText(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
});

test('download a backup, and restore it from the file', async ({ page, duly }, testInfo) => {
  const settings = new SettingsPage(page, duly);
  await aCustomer(settings);
  await settings.open();
  await settings.renameBusiness('Corner Shop');
  await settings.backUp();

  const downloading = page.waitForEvent('download');
  await settings.backups.getByRole('link', { name: 'Download the backup', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^My shop-manual-.*\.duly$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

  // Each backup in the list downloads too.
  const again = page.waitForEvent('download');
  await settings
    .rowOf('Made by you')
    .getByRole('link', { name: /^Download the backup from/ })
    .click();
  expect((await again).suggestedFilename()).toBe(download.suggestedFilename());

  // The downloaded file, uploaded again, brings the old name back.
  await settings.renameBusiness('Renamed Shop');
  await settings.backups.getByLabel('Backup file to restore').setInputFiles(file);
  await expect(settings.restoreDialog).toContainText(
    `Your books will be replaced by the backup file “${download.suggestedFilename()}”.`,
  );
  await settings.restoreDialog.getByRole('button', { name: 'Replace my books' }).click();
  await expect(settings.backups.getByText('The backup is restored')).toBeVisible();
  await expect(settings.businessName).toHaveValue('Corner Shop');
});

test('a file that is not a Duly backup is refused plainly, and nothing changes', async ({ page, duly }) => {
  const settings = new SettingsPage(page, duly);
  await aCustomer(settings);
  await settings.open();
  await settings.renameBusiness('Corner Shop');

  await settings.backups.getByLabel('Backup file to restore').setInputFiles({
    name: 'holiday photo.duly',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('not a database at all'),
  });
  await settings.restoreDialog.getByRole('button', { name: 'Replace my books' }).click();
  await expect(settings.restoreDialog.getByRole('alert')).toContainText(
    '“holiday photo.duly” is not a Duly backup, or it is damaged; nothing was changed.',
  );
  await settings.screenshot('settings-restore-refused');
  await settings.restoreDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(settings.businessName).toHaveValue('Corner Shop');
  await expect(settings.rowOf('Before a restore')).toHaveCount(0);
});
