import { browserModeOnly, expect, test } from './fixtures';
import { snap } from './pages/helpers';
import { TemplatesScreen } from './pages/templates';

// Letter wording as an owner changes it: the friendly reminder edited with a live preview for a
// chosen customer, an unknown field refused at its part, saved, still there after a reload, and put
// back to Duly's wording. The books are set up through browser mode's HTTP channel; "today" is
// 23/11/2026.
test.beforeEach(() => browserModeOnly());

async function aShop(screen: TemplatesScreen): Promise<void> {
  await screen.rpc('settings.update', {
    businessName: 'Corner Shop',
    signatureName: 'Sam Taylor',
    paymentDetails: 'Sort code 20-00-00, account 12345678',
    paymentReference: 'your customer number',
  });
  const harbour = await screen.rpc<{ id: number }>('customers.create', {
    ref: 'HB1',
    name: 'Harbour Bakery',
    contactName: 'Ann Baker',
  });
  const moor = await screen.rpc<{ id: number }>('customers.create', { ref: 'ML1', name: 'Moor Lane Garage' });
  const invoice = (customerId: number, number: string, issueDate: string, dueDate: string, total: number) =>
    screen.rpc('invoices.create', { customerId, number, issueDate, dueDate, total });
  await invoice(harbour.id, 'HB-1', '2026-08-01', '2026-08-31', 10_000);
  await invoice(harbour.id, 'HB-2', '2026-10-01', '2026-10-31', 5_000);
  await invoice(harbour.id, 'HB-4', '2026-11-20', '2026-12-20', 8_050);
  await invoice(moor.id, 'ML-7', '2026-09-15', '2026-10-15', 45_000);
}

test('edit the friendly letter with a live preview, refuse an unknown field, save, reload, reset', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const screen = new TemplatesScreen(page);
  await aShop(screen);
  await screen.openFromSettings('templates-settings-link');

  // The friendly reminder opens first, for the customer longest overdue; then for the one chosen.
  await expect(screen.tab('Friendly reminder')).toHaveAttribute('aria-selected', 'true');
  await expect(screen.customer).toHaveValue('Harbour Bakery (HB1)');
  await expect(screen.letterSubject).toHaveText('A gentle reminder: £150.00 now due');
  await screen.previewFor('moor', 'Moor Lane Garage (ML1)');
  await expect(screen.letterSubject).toHaveText('A gentle reminder: £450.00 now due');
  await expect(screen.letter).toContainText('Dear Moor Lane Garage,');
  await screen.previewFor('harb', 'Harbour Bakery (HB1)');
  await expect(screen.letterSubject).toHaveText('A gentle reminder: £150.00 now due');
  await expect(screen.letter).toContainText('Dear Ann Baker,');
  await expect(screen.letter).toContainText('the oldest invoice was due on 31/08/2026');
  const rows = screen.letter.getByRole('table', { name: 'Invoices in the letter' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveText(/HB-1\s*31\/08\/2026\s*£100\.00\s*£100\.00\s*84 days/);
  await expect(screen.emailPreview).toContainText('Just a gentle reminder that £150.00 on your account');
  // Under the words, as on paper: who signs, and the business.
  await expect(screen.letter).toContainText(/Kind regards,\s*Sam Taylor\s*Corner Shop$/);
  await snap(page, 'templates-friendly-default');

  // Editing: the preview follows the words, fields filled for Harbour Bakery.
  await screen.subject.fill('Still open: {{amount_due}} from {{ oldest_due_date }}');
  await expect(screen.letterSubject).toHaveText('Still open: £150.00 from 31/08/2026');
  await expect(screen.tab(/Friendly reminder/)).toContainText('•');
  await expect(screen.page.getByText('Unsaved changes', { exact: true })).toBeVisible();

  // A field from the list goes in at the cursor.
  await screen.appendTo(screen.body, '\n\nYour account: ');
  await page.getByRole('button', { name: /^Insert customer ref/ }).click();
  await expect(screen.body).toHaveValue(/\nYour account: \{\{customer_ref\}\}$/);
  await expect(screen.body).toBeFocused();
  await expect(screen.letter).toContainText('Your account: HB1');

  // A field Duly does not know is refused at its part, with the line and the one probably meant.
  await screen.appendTo(screen.body, '\nOwed: {{amount_owed}}');
  const refusal =
    /\{\{amount_owed\}\} on line \d+ of the letter is not a field Duly knows; did you mean \{\{amount_due\}\}\?/;
  await expect(screen.body).toHaveAccessibleDescription(refusal);
  await expect(screen.body).toHaveAttribute('aria-invalid', 'true');
  await expect(screen.letter).toHaveAttribute('aria-busy', 'true');
  await snap(page, 'templates-unknown-field');
  await screen.save.click();
  await expect(screen.body).toHaveAccessibleDescription(refusal);
  const before = await screen.rpc<{ templates: { key: string; isDefault: boolean }[] }>('templates.list');
  expect(before.templates.every((t) => t.isDefault)).toBe(true);

  // Fixed, the letter reads right and saves.
  const body = await screen.body.inputValue();
  await screen.body.fill(body.replace('{{amount_owed}}', '{{amount_due}}'));
  await expect(screen.body).not.toHaveAttribute('aria-invalid', 'true');
  await expect(screen.letter).toContainText('Your account: HB1\nOwed: £150.00');
  await screen.save.click();
  await screen.closeNotice('Letters use your wording of the friendly reminder from now on.');
  await expect(screen.page.getByText('Your wording', { exact: true })).toBeVisible();
  await expect(screen.save).toBeDisabled();
  await snap(page, 'templates-saved');

  // Still there after a reload; other letters untouched.
  await page.reload();
  await expect(screen.heading).toBeVisible();
  await expect(screen.subject).toHaveValue('Still open: {{amount_due}} from {{ oldest_due_date }}');
  await expect(screen.page.getByText('Your wording', { exact: true })).toBeVisible();
  await screen.tab('Final notice').click();
  await expect(screen.page.getByText('Duly’s wording', { exact: true })).toBeVisible();
  await expect(screen.letterSubject).toHaveText(/^Final notice: please pay £\d.* by 30\/11\/2026$/);
  await snap(page, 'templates-final-default');

  // Put back Duly's wording, after saying yes.
  await screen.tab('Friendly reminder').click();
  await screen.reset.click();
  await expect(screen.resetDialog).toContainText('Your wording of the friendly reminder');
  await expect(screen.resetDialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await snap(page, 'templates-reset-confirm');
  await screen.resetDialog.getByRole('button', { name: 'Reset to Duly’s wording' }).click();
  await expect(screen.resetDialog).toBeHidden();
  await expect(screen.subject).toHaveValue('A gentle reminder: {{amount_due}} now due');
  await expect(screen.page.getByText('Duly’s wording', { exact: true })).toBeVisible();
  await expect(screen.reset).toBeDisabled();
  const after = await screen.rpc<{ templates: { key: string; isDefault: boolean }[] }>('templates.list');
  expect(after.templates.every((t) => t.isDefault)).toBe(true);
});

test('each template has its own wording and preview; a courtesy note lists what falls due soon', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const screen = new TemplatesScreen(page);
  await aShop(screen);
  await screen.openFromSettings();
  await screen.previewFor('HB1', 'Harbour Bakery (HB1)');
  await screen.tab('Before it is due').click();
  await expect(screen.letterSubject).toHaveText('A friendly heads-up: £80.50 due soon');
  await expect(screen.letter.getByRole('table').locator('tbody tr')).toHaveText([/HB-4.*Not yet due/]);
  await snap(page, 'templates-courtesy');

  // Unsaved words in one tab wait there while another is looked at.
  await screen.subject.fill('Coming up: {{amount_due}}');
  await screen.tab('Statement cover note').click();
  await expect(screen.letterSubject).toHaveText('Your statement of account, 23/11/2026');
  await expect(screen.letter).toContainText('It shows £230.50 open on your account.');
  await snap(page, 'templates-statement');
  await screen.tab(/Before it is due/).click();
  await expect(screen.subject).toHaveValue('Coming up: {{amount_due}}');
  await screen.discard.click();
  await expect(screen.subject).toHaveValue('A friendly heads-up: {{amount_due}} due soon');
});
