import fs from 'node:fs';
import path from 'node:path';
import { browserModeOnly, expect, test } from './fixtures';
import { consoleProblems, downloadFrom, pdfText, snap } from './pages/helpers';
import { LettersPage } from './pages/letters';

// Letters and statements for many customers at once, from the "Letters and statements" page: whom
// each choice picks (with what they would be asked, and who has no email), a batch of statements
// with its combined PDF, folder of files and email drafts, then firm letters for customers ticked by
// hand, each one on its customer's history. "Today" is 23/11/2026.
test.beforeEach(() => browserModeOnly());

async function aShop(letters: LettersPage): Promise<Record<'harbour' | 'mill' | 'quay', number>> {
  await letters.rpc('settings.update', {
    businessName: 'Corner Shop',
    email: 'accounts@corner.shop',
    signatureName: 'Sam Taylor',
  });
  const customer = async (ref: string, name: string, email: string) =>
    (await letters.rpc<{ id: number }>('customers.create', { ref, name, email })).id;
  const harbour = await customer('HB1', 'Harbour Bakery', 'ann@harbour.example');
  const mill = await customer('MC1', 'Mill Café', '');
  const quay = await customer('QF1', 'Quay Florist', 'orders@quay.example');
  const invoice = (customerId: number, number: string, dueDate: string, total: number) =>
    letters.rpc('invoices.create', { customerId, number, issueDate: '2026-08-01', dueDate, total });
  await invoice(harbour, 'HB-1', '2026-08-31', 10_000);
  await invoice(harbour, 'HB-2', '2026-10-31', 5_000);
  await invoice(harbour, 'HB-4', '2026-12-20', 8_050);
  await invoice(mill, 'MC-1', '2026-10-15', 4_000);
  // Nothing overdue yet: a statement only when everyone with a balance gets one.
  await invoice(quay, 'QF-1', '2026-12-10', 12_000);
  return { harbour, mill, quay };
}

test('statements for everyone with a balance, then firm letters for the customers ticked', async ({
  page,
}) => {
  const problems = consoleProblems(page);
  await page.setViewportSize({ width: 1366, height: 1000 });
  const letters = new LettersPage(page);
  const shop = await aShop(letters);
  await page.reload();
  await letters.open();

  // Statements to everyone overdue, to start with: whom that picks, and what they would be asked.
  await expect(letters.listed()).toHaveCount(2);
  await expect(letters.listed().nth(0)).toContainText('Harbour Bakery');
  await expect(letters.listed().nth(1)).toContainText(/Mill Café.*No email/);
  await expect(letters.start).toContainText('2 statements, asking for £270.50');
  await expect(letters.start).toContainText('1 of them has no email address: they get a PDF only.');
  await snap(page, 'batch-choose');

  // Everyone with a balance takes in Quay Florist, who owes but has nothing overdue.
  await letters.who(/^Everyone with a balance \(3\)$/);
  await expect(letters.listed()).toHaveCount(3);
  await expect(letters.start).toContainText('3 statements, asking for £390.50');
  await letters.start.getByRole('button', { name: 'Make 3 statements' }).click();

  // Done: one PDF for all, a PDF for each customer, and a draft for each who has an address.
  await expect(letters.result).toContainText('3 statements ready');
  await expect(letters.result).toContainText('pages in one PDF, ready to print');
  const folder = await letters.folder();
  expect(path.basename(folder)).toBe('2026-11-23 Statements');
  expect(fs.readdirSync(folder).sort()).toEqual(
    ['HB1.eml', 'HB1.pdf', 'MC1.pdf', 'QF1.eml', 'QF1.pdf', 'all.pdf'].sort(),
  );
  expect(pdfText(fs.readFileSync(path.join(folder, 'HB1.pdf')))).toMatch(/Balance due £230\.50/);
  const draft = fs.readFileSync(path.join(folder, 'QF1.eml'), 'latin1');
  expect(draft).toMatch(/^X-Unsent: 1\r$/m);
  expect(draft).toMatch(/^To: .*<orders@quay\.example>\r$/m);
  await expect(
    letters.result.getByRole('alert').filter({ hasText: '1 customer without an email address' }),
  ).toContainText('Mill Café');
  await expect(letters.result).toContainText('2 email drafts made');
  await expect(letters.region('Each customer’s files').locator('tbody tr')).toHaveCount(3);
  await snap(page, 'batch-statements-done');

  // Print all, in browser mode: the combined PDF in a new tab, where the browser's viewer prints it.
  const opening = page.waitForEvent('popup');
  await letters.result.getByRole('button', { name: 'Print all' }).click();
  const tab = await opening;
  expect(tab.url()).toMatch(/^blob:/);
  await tab.close();
  // The same combined PDF as a download: every customer's statement in it, in reference order.
  const combined = await downloadFrom(
    letters.result.getByRole('button', { name: 'Download the combined PDF' }),
  );
  expect(combined.name).toBe('2026-11-23 Statements.pdf');
  expect(Buffer.compare(combined.content, fs.readFileSync(path.join(folder, 'all.pdf')))).toBe(0);
  const all = pdfText(combined.content);
  expect(all.indexOf('Harbour Bakery')).toBeLessThan(all.indexOf('Mill Café'));
  expect(all.indexOf('Mill Café')).toBeLessThan(all.indexOf('Quay Florist'));

  // Another batch: firm letters, for the customers ticked (letters list only those with something overdue).
  await letters.result.getByRole('button', { name: 'Make another batch' }).click();
  await letters.choose('Reminder letters');
  await letters.chooseTone('Firm reminder');
  await expect(page.getByRole('radio', { name: /^Everyone with a balance/ })).toHaveCount(0);
  await letters.who(/^Customers I choose$/);
  await expect(letters.start.getByRole('button', { name: 'Make 0 reminder letters' })).toBeDisabled();
  await expect(letters.start).toContainText('Tick at least one customer.');
  await letters.region('Who gets one').getByLabel('Find customers').fill('harbour');
  await expect(letters.listed()).toHaveCount(1);
  await letters.region('Who gets one').getByRole('checkbox', { name: 'Harbour Bakery (HB1)' }).check();
  await expect(letters.start).toContainText('1 reminder letter, asking for £150.00');
  await snap(page, 'batch-letters-chosen');
  await letters.start.getByRole('button', { name: 'Make 1 reminder letter' }).click();
  await expect(letters.result).toContainText('1 reminder letter ready');
  expect(path.basename(await letters.folder())).toBe('2026-11-23 Firm letters');

  // A courtesy note is about invoices not yet due: it is offered to those with something still to
  // fall due (Harbour Bakery's HB-4 on 20/12, Quay Florist's QF-1 on 10/12), not to Mill Café, whose
  // only invoice is overdue, and it asks for what falls due.
  await letters.result.getByRole('button', { name: 'Make another batch' }).click();
  await letters.choose('Reminder letters');
  await letters.chooseTone('Courtesy note (before it is due)');
  // The ticks of the last batch are kept where they still apply.
  await expect(
    letters.region('Who gets one').getByRole('radio', { name: 'Customers I choose' }),
  ).toBeChecked();
  await letters.region('Who gets one').getByLabel('Find customers').fill('');
  await expect(letters.listed()).toHaveCount(2);
  await expect(letters.listed().nth(0)).toContainText(/Harbour Bakery.*next due 20\/12\/2026.*£80\.50/);
  await expect(letters.listed().nth(1)).toContainText(/Quay Florist.*next due 10\/12\/2026.*£120\.00/);
  await expect(letters.start).toContainText('1 reminder letter, asking for £80.50');
  await letters.who(/^Everyone with something not yet due/);
  await expect(letters.start).toContainText('2 reminder letters, asking for £200.50');
  await snap(page, 'batch-courtesy');
  await letters.start.getByRole('button', { name: 'Make 2 reminder letters' }).click();
  await expect(letters.result).toContainText('2 reminder letters ready');
  expect(path.basename(await letters.folder())).toBe('2026-11-23 Courtesy letters');

  // On Harbour Bakery's history: the statement and the two letters, each with what it asked for.
  await page.goto(`${new URL(page.url()).origin}/#/customers/${shop.harbour}`);
  const history = page.getByTestId('document-history').locator('tbody tr');
  await expect(history).toHaveCount(3);
  await expect(history.nth(0)).toContainText(/Courtesy note \(before it is due\).*£80\.50/);
  await expect(history.nth(1)).toContainText(/Firm reminder.*£150\.00/);
  await expect(history.nth(2)).toContainText(/Statement.*£230\.50/);
  expect(problems).toEqual([]);
});
