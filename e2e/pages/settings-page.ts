import fs from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { DulyServer } from '../fixtures';
import { closeNotice, SCREENSHOT_DIR } from './helpers';

/** The settings screen as a person sees it: by labels, headings and button names. */
export class SettingsPage {
  readonly heading: Locator;
  readonly businessName: Locator;
  readonly currency: Locator;
  readonly locale: Locator;
  readonly dateFormat: Locator;
  readonly paymentTerms: Locator;
  readonly example: Locator;
  readonly save: Locator;
  readonly details: Locator;
  readonly backups: Locator;
  readonly backUpNow: Locator;
  readonly backupRows: Locator;
  readonly restoreDialog: Locator;
  readonly phone: Locator;
  readonly email: Locator;
  readonly taxNumber: Locator;
  /** The "Letters and statements" card and its fields. */
  readonly letters: Locator;
  readonly logoFile: Locator;
  readonly logoPreview: Locator;
  readonly paymentDetails: Locator;
  readonly paymentReference: Locator;
  readonly paymentLink: Locator;
  readonly signedBy: Locator;
  readonly moveRight: Locator;
  readonly moveDown: Locator;
  readonly saveLetters: Locator;
  readonly printCalibration: Locator;

  constructor(
    readonly page: Page,
    private readonly duly: DulyServer,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Settings' });
    this.businessName = page.getByLabel('Business name');
    this.currency = page.getByRole('combobox', { name: 'Currency' });
    this.locale = page.getByRole('combobox', { name: 'Language and region' });
    this.dateFormat = page.getByRole('combobox', { name: 'Date format' });
    this.paymentTerms = page.getByLabel('Payment terms');
    this.example = page.getByTestId('settings-example');
    this.save = page.getByRole('button', { name: 'Save changes' });
    this.backups = page.getByRole('region', { name: 'Backups' });
    this.details = page.getByRole('region', { name: 'Your business' });
    this.backUpNow = this.backups.getByRole('button', { name: 'Back up now' });
    this.backupRows = this.backups.getByRole('table', { name: 'Backups, newest first' }).locator('tbody tr');
    this.restoreDialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    this.phone = this.details.getByLabel('Phone');
    this.email = this.details.getByLabel('Email');
    this.taxNumber = this.details.getByLabel('Company or tax number');
    this.letters = page.getByRole('region', { name: 'Letters and statements' });
    this.logoFile = this.letters.getByLabel('Logo file');
    this.logoPreview = this.letters.getByRole('img', { name: 'Your logo, as letters print it' });
    this.paymentDetails = this.letters.getByLabel('Payment details');
    this.paymentReference = this.letters.getByLabel('Reference to quote');
    this.paymentLink = this.letters.getByLabel('Payment link');
    this.signedBy = this.letters.getByLabel('Signed by');
    this.moveRight = this.letters.getByLabel('Move right');
    this.moveDown = this.letters.getByLabel('Move down');
    this.saveLetters = this.letters.getByRole('button', { name: 'Save letter settings' });
    this.printCalibration = this.letters.getByRole('button', { name: 'Print a calibration page' });
  }

  /** The paper letters print on: a radio in the letters card. */
  paper(name: 'A4' | 'US Letter'): Locator {
    return this.letters.getByRole('radio', { name, exact: true });
  }

  /** Shows the envelope offsets in millimetres or inches (a segmented switch). */
  async measureIn(unit: 'Millimetres' | 'Inches'): Promise<void> {
    await this.letters.getByText(unit, { exact: true }).click();
    await expect(this.letters.getByRole('radio', { name: unit })).toBeChecked();
  }

  async saveLetterSettings(): Promise<void> {
    await this.saveLetters.click();
    await this.closeNotice('Your next letters and statements are printed this way.');
    await expect(this.saveLetters).toBeDisabled();
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(this.heading).toBeVisible();
    await expect(this.businessName).toBeEditable();
  }

  /** A window tall enough for a whole card, so screenshots of a card are not cut by the header. */
  async tallWindow(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 1600 });
  }

  /** Picks an option of a searchable select by typing, as a keyboard user would. */
  async choose(select: Locator, typed: string, option: string | RegExp): Promise<void> {
    await select.click();
    await select.fill(typed);
    await this.page.getByRole('option', { name: option }).click();
  }

  async saveChanges(): Promise<void> {
    await this.save.click();
    await this.closeNotice('Every screen uses your new details from now on.');
    await expect(this.save).toBeDisabled();
  }

  /** Reads a notice in the corner, then closes it, as a person tidying the screen would. */
  closeNotice(text: string): Promise<void> {
    return closeNotice(this.page, text);
  }

  async renameBusiness(name: string): Promise<void> {
    await this.businessName.fill(name);
    await this.saveChanges();
    await expect(this.businessName).toHaveValue(name);
  }

  /** Backs up now and waits for the message saying it is done. */
  async backUp(): Promise<void> {
    await this.backUpNow.click();
    await expect(this.backups.getByText('Your books are backed up')).toBeVisible();
  }

  rowOf(kind: string): Locator {
    return this.backupRows.filter({ hasText: kind });
  }

  /** Saves a screenshot of one part of the screen (a card), or of the whole page, top to bottom. */
  async screenshot(name: string, part?: Locator): Promise<void> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    // Calm screenshots: no blinking caret, no half-finished transitions.
    const options = {
      path: path.join(SCREENSHOT_DIR, `${name}.png`),
      animations: 'disabled',
      caret: 'hide',
    } as const;
    if (part) await part.screenshot(options);
    else await this.page.screenshot({ ...options, fullPage: true });
  }

  /** A picture of one card whole: the window made taller than the page, so the sticky header hides nothing. */
  async screenshotCard(name: string, card: Locator): Promise<void> {
    const before = this.page.viewportSize() ?? { width: 1280, height: 800 };
    await this.page.setViewportSize({ width: before.width, height: 4000 });
    await this.screenshot(name, card);
    await this.page.setViewportSize(before);
  }

  /** Calls a channel directly, signed in as the page is (the context carries the session cookie). */
  async rpc<T>(channel: string, input: object): Promise<T> {
    const response = await this.page.request.post(`${this.duly.origin}/rpc/${channel}`, { data: input });
    const result = (await response.json()) as
      | { ok: true; data: T }
      | { ok: false; error: { message: string } };
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data;
  }
}
