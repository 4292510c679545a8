import { browserModeOnly, expect, test } from './fixtures';
import { DocumentsCard } from './pages/documents';
import { consoleProblems, downloadFrom, pdfText, snap } from './pages/helpers';

// Getting letters and statements out, from a customer's page: a statement previewed inside the app
// (pdf.js, under the strict CSP), saved; a friendly letter made into an email draft with the PDF
// attached; both on the history, and the history giving back the very same file. "Today" is 23/11/2026.
test.beforeEach(() => browserModeOnly());

async function aShop(card: DocumentsCard): Promise<{ id: number }> {
  await card.rpc('settings.update', {
    businessName: 'Corner Shop',
    email: 'accounts@corner.shop',
    signatureName: 'Sam Taylor',
    paymentDetails: 'Sort code 20-00-00, account 12345678',
  });
  const harbour = await card.rpc<{ id: number }>('customers.create', {
    ref: 'HB1',
    name: 'Harbour Bakery',
    contactName: 'Ann Baker',
    email: 'ann@harbour.example',
  });
  const invoice = (number: string, issueDate: string, dueDate: string, total: number) =>
    card.rpc('invoices.create', { customerId: harbour.id, number, issueDate, dueDate, total });
  await invoice('HB-1', '2026-08-01', '2026-08-31', 10_000);
  await invoice('HB-2', '2026-10-01', '2026-10-31', 5_000);
  await invoice('HB-4', '2026-11-20', '2026-12-20', 8_050);
  return harbour;
}

test('preview and save a statement, email a friendly letter, reopen from the history', async ({ page }) => {
  const problems = consoleProblems(page);
  await page.setViewportSize({ width: 1366, height: 900 });
  const card = new DocumentsCard(page);
  const harbour = await aShop(card);
  await card.openCustomer(harbour.id, 'Harbour Bakery');

  // Something is overdue, so the letter comes first, with the tone suggested from the oldest (84 days).
  await expect(card.card.getByRole('radio', { name: 'Reminder letter', exact: true })).toBeChecked();
  await expect(card.card).toContainText('Suggested: Final notice, as the oldest invoice is 84 days overdue.');
  await expect(card.history).toBeHidden();
  await expect(card.card).toContainText('Nothing yet.');

  // The statement, drawn here with pdf.js.
  await card.choose('Statement');
  await card.button('Preview').click();
  await expect(card.pageCount).toHaveText('Page 1 of 1');
  await expect(card.canvas).toBeVisible();
  const box = await card.canvas.boundingBox();
  expect(box?.width).toBeGreaterThan(300);
  // The canvas holds a drawing, not a blank page: some of its pixels are dark.
  const inked = await card.canvas.evaluate((element) => {
    // The e2e project has no DOM types: the little of a canvas this needs, spelled out.
    const c = element as unknown as {
      width: number;
      height: number;
      getContext(kind: '2d'): {
        getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
      };
    };
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 100) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(1000);
  await snap(page, 'documents-statement-preview');

  const saved = await downloadFrom(card.button('Save PDF'));
  expect(saved.name).toBe('Statement HB1 2026-11-23.pdf');
  expect(saved.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(saved.content);
  expect(text).toContain('Harbour Bakery');
  expect(text).toContain('HB-1');
  expect(text).toMatch(/Balance due £230\.50/);

  // A friendly letter, looked at, then made into an email draft with the PDF attached.
  await card.choose('Reminder letter');
  await card.chooseTone('Friendly reminder');
  await card.button('Preview').click();
  await expect(card.pageCount).toHaveText(/^Page 1 of \d$/);
  const eml = await downloadFrom(card.button('Email draft'));
  expect(eml.name).toMatch(/\.eml$/);
  const mail = eml.content.toString('latin1');
  expect(mail).toMatch(/^X-Unsent: 1\r$/m);
  expect(mail).toMatch(/^To: Ann Baker <ann@harbour\.example>\r$/m);
  expect(mail).toMatch(/^From: Corner Shop <accounts@corner\.shop>\r$/m);
  expect(mail).toMatch(/Content-Type: application\/pdf; name="Friendly reminder HB1 2026-11-23\.pdf"/);
  await expect(card.card.getByText('Email draft saved:', { exact: false })).toBeVisible();
  await expect(card.card).toContainText('Thunderbird opens it as mail received');

  // Both on the history, newest first; Open gives back the statement byte for byte.
  const rows = card.history.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(/Friendly reminder\s*23\/11\/2026\s*£150\.00\s*Email draft/);
  await expect(rows.nth(1)).toContainText(/Statement\s*23\/11\/2026\s*£230\.50\s*Saved as PDF/);
  await snap(page, 'documents-history');
  const reopened = await downloadFrom(rows.nth(1).getByRole('button', { name: /^Open/ }));
  expect(reopened.name).toBe('Statement HB1 2026-11-23.pdf');
  expect(Buffer.compare(reopened.content, saved.content)).toBe(0);

  // Print, in browser mode: the PDF in a new tab (the browser's viewer prints it), and on the history.
  const opening = page.waitForEvent('popup');
  await card.button('Print').click();
  const tab = await opening;
  expect(tab.url()).toMatch(/^blob:/);
  await tab.close();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(/Friendly reminder.*Printed/);

  expect(problems).toEqual([]);
});

test('a customer with nothing overdue is told so for a reminder, and one without email cannot draft', async ({
  page,
}) => {
  const card = new DocumentsCard(page);
  await card.rpc('settings.update', { businessName: 'Corner Shop' });
  const tidy = await card.rpc<{ id: number }>('customers.create', { ref: 'T1', name: 'Trelawney Tiles' });
  await card.rpc('invoices.create', {
    customerId: tidy.id,
    number: 'TT-1',
    issueDate: '2026-11-20',
    dueDate: '2026-12-20',
    total: 5_000,
  });
  await card.openCustomer(tidy.id, 'Trelawney Tiles');
  await expect(card.card.getByRole('radio', { name: 'Statement', exact: true })).toBeChecked();
  await expect(card.button('Email draft')).toBeDisabled();
  await expect(card.card).toContainText('add Trelawney Tiles’s email address');
  await card.choose('Reminder letter');
  await card.chooseTone('Friendly reminder');
  await card.button('Preview').click();
  await expect(card.card.getByRole('alert')).toContainText(
    'Trelawney Tiles has nothing overdue on 23/11/2026, so there is no reminder to send.',
  );
});
