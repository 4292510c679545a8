import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { browserModeOnly, expect, test } from './fixtures';
import { snap } from './pages/helpers';
import { SettingsPage } from './pages/settings-page';

// The business's identity and paper as an owner sets them: phone, email and tax number in the
// business details; a logo, how to pay, who signs, the paper and the envelope offsets (typed in
// inches) in "Letters and statements"; all kept after a reload; and a calibration page downloaded with
// the offsets on screen. Browser mode only: the logo goes up and the page comes down as files.
test.beforeEach(() => browserModeOnly());

const LOGO = path.resolve(import.meta.dirname, '..', 'fixtures', 'logo.png');

test('identity, logo, payment details and envelope offsets are kept, and a calibration page prints', async ({
  page,
  duly,
}, testInfo) => {
  const settings = new SettingsPage(page, duly);
  await settings.tallWindow();
  await settings.open();

  // Who the business is and how to reach it; a bad email is refused at its field first.
  await settings.businessName.fill('Corner Shop');
  await settings.phone.fill('01225 123456');
  await settings.email.fill('accounts at cornershop');
  await settings.taxNumber.fill('VAT GB 123 4567 89');
  await settings.save.click();
  await expect(settings.email).toHaveAccessibleDescription(
    /Use an email address such as accounts@yourshop\.co\.uk\./,
  );
  await settings.email.fill('accounts@cornershop.co.uk');
  await settings.saveChanges();

  // The logo: a file that is not an image is refused by name; the PNG is kept and shown.
  await settings.letters.scrollIntoViewIfNeeded();
  await settings.logoFile.setInputFiles({
    name: 'notes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not an image at all'),
  });
  await expect(settings.letters.getByRole('alert')).toHaveText(
    '“notes.png” is not a PNG or JPEG image; choose a PNG or JPEG file.',
  );
  await settings.screenshotCard('settings-letters-logo-refused', settings.letters);
  await settings.logoFile.setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(1_200_000),
  });
  await expect(settings.letters.getByRole('alert')).toContainText(
    '“huge.png” is 1.1 MB; a logo can be at most 1 MB.',
  );
  await settings.logoFile.setInputFiles(LOGO);
  await settings.closeNotice('“logo.png” heads your letters and statements from now on.');
  await expect(settings.logoPreview).toBeVisible();
  await expect(settings.letters).toContainText('This one is 96 × 32 pixels.');
  await expect(settings.letters.getByRole('alert')).toHaveCount(0);

  // How to pay, who signs, the paper, and offsets measured in inches.
  await settings.paymentDetails.fill('Corner Shop Ltd\nSort code 12-34-56 · Account 12345678');
  await settings.paymentReference.fill('your invoice number');
  await settings.paymentLink.fill('pay.cornershop.co.uk');
  await settings.signedBy.fill('Ann Baker');
  await settings.paper('US Letter').check();
  await settings.measureIn('Inches');
  await settings.moveRight.fill('0.25');
  await settings.moveDown.fill('-0.1');
  await settings.screenshotCard('settings-letters-filled', settings.letters);
  await settings.saveLetterSettings();

  // Kept: in the books (offsets in millimetres, to a tenth)…
  const saved = await settings.rpc<Record<string, unknown>>('settings.get', {});
  expect(saved).toMatchObject({
    phone: '01225 123456',
    email: 'accounts@cornershop.co.uk',
    taxNumber: 'VAT GB 123 4567 89',
    paymentDetails: 'Corner Shop Ltd\nSort code 12-34-56 · Account 12345678',
    paymentReference: 'your invoice number',
    paymentLink: 'pay.cornershop.co.uk',
    signatureName: 'Ann Baker',
    paper: 'letter',
    envelopeUnit: 'in',
    envelopeOffsetMm: { x: 6.4, y: -2.5 },
    hasLogo: true,
  });

  // …and on screen after a reload, in the inches they were typed in.
  await page.reload();
  await expect(settings.heading).toBeVisible();
  await expect(settings.phone).toHaveValue('01225 123456');
  await expect(settings.email).toHaveValue('accounts@cornershop.co.uk');
  await expect(settings.taxNumber).toHaveValue('VAT GB 123 4567 89');
  await expect(settings.logoPreview).toBeVisible();
  await expect(settings.paymentDetails).toHaveValue('Corner Shop Ltd\nSort code 12-34-56 · Account 12345678');
  await expect(settings.signedBy).toHaveValue('Ann Baker');
  await expect(settings.paper('US Letter')).toBeChecked();
  await expect(settings.letters.getByRole('radio', { name: 'Inches' })).toBeChecked();
  await expect(settings.moveRight).toHaveValue('0.25 in');
  await expect(settings.moveDown).toHaveValue('-0.1 in');
  await settings.screenshotCard('settings-letters', settings.letters);
  await snap(page, 'settings-letters-page');

  // A calibration page with an offset tried on screen, not saved.
  await settings.moveRight.fill('0.3');
  const downloading = page.waitForEvent('download');
  await settings.printCalibration.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Envelope calibration US Letter.pdf');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Envelope calibration');
  expect(text).toContain('US Letter · #10 window envelope · address moved 0.3 in right and 0.1 in up');
  expect(text).toContain('Corner Shop');
  expect(text).toContain('Print this page at 100% (“Actual size”), not “Fit to page”.');
  await settings.closeNotice('print it at 100%, fold it and put it in one of your envelopes.');
  // Trying it saved nothing.
  const after = await settings.rpc<{ envelopeOffsetMm: unknown }>('settings.get', {});
  expect(after.envelopeOffsetMm).toEqual({ x: 6.4, y: -2.5 });

  // The logo can go again.
  await settings.letters.getByRole('button', { name: 'Remove' }).click();
  await settings.closeNotice('Letters print without a logo.');
  await expect(settings.logoPreview).toHaveCount(0);
  await expect(settings.letters).toContainText('No logo yet');
});

test('switching the region to the United States suggests US Letter, and changes it only when asked', async ({
  page,
  duly,
}) => {
  const settings = new SettingsPage(page, duly);
  await settings.tallWindow();
  await settings.open();
  await expect(settings.paper('A4')).toBeChecked();

  await settings.choose(settings.locale, 'en-US', /en-US$/);
  const suggestion = settings.details.getByRole('alert').filter({ hasText: 'Print on US Letter?' });
  await expect(suggestion).toContainText(
    'In the United States and Canada letters are usually printed on US Letter',
  );
  // Nothing changed by itself.
  await expect(settings.paper('A4')).toBeChecked();
  await settings.screenshotCard('settings-paper-suggestion', settings.details);

  await suggestion.getByRole('button', { name: 'Use US Letter' }).click();
  await settings.closeNotice('Envelope offsets are shown in inches.');
  await expect(suggestion).toHaveCount(0);
  await expect(settings.paper('US Letter')).toBeChecked();
  await expect(settings.letters.getByRole('radio', { name: 'Inches' })).toBeChecked();
  // The region itself is still the owner's to save.
  await settings.saveChanges();
  expect(await settings.rpc('settings.get', {})).toMatchObject({ locale: 'en-US', paper: 'letter' });
});

test('an offset past the limit is refused at its field, in the unit shown', async ({ page, duly }) => {
  const settings = new SettingsPage(page, duly);
  await settings.open();
  await settings.letters.scrollIntoViewIfNeeded();
  await settings.moveDown.fill('25');
  await settings.saveLetters.click();
  await expect(settings.moveDown).toHaveAccessibleDescription(/At most 20 mm either way\./);
  // The calibration page is not made for an offset that could not be kept either.
  await settings.printCalibration.click();
  await expect(settings.moveDown).toHaveAttribute('aria-invalid', 'true');
  await settings.measureIn('Inches');
  await expect(settings.moveDown).toHaveValue('0.98 in');
  await settings.moveDown.fill('0.5');
  await settings.saveLetterSettings();
  expect(await settings.rpc('settings.get', {})).toMatchObject({ envelopeOffsetMm: { x: 0, y: 12.7 } });
});
