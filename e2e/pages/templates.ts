import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { closeNotice, goTo, rpc, snap } from './helpers';

// "Letter wording" as a person uses it: tabs by name, the three parts by label, the preview as the
// letter (an article) and the email beside the editor.

export class TemplatesScreen {
  readonly heading: Locator;
  readonly subject: Locator;
  readonly body: Locator;
  readonly email: Locator;
  readonly letter: Locator;
  readonly emailPreview: Locator;
  readonly customer: Locator;
  readonly save: Locator;
  readonly discard: Locator;
  readonly reset: Locator;
  readonly resetDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Letter wording' });
    this.subject = page.getByRole('textbox', { name: 'Subject', exact: true });
    this.body = page.getByRole('textbox', { name: 'Letter', exact: true });
    this.email = page.getByRole('textbox', { name: 'Email', exact: true });
    this.letter = page.getByRole('article', { name: 'The letter' });
    this.emailPreview = page.getByRole('region', { name: 'The email' });
    this.customer = page.getByRole('combobox', { name: 'Preview for' });
    this.save = page.getByRole('button', { name: 'Save', exact: true });
    this.discard = page.getByRole('button', { name: 'Discard changes' });
    this.reset = page.getByRole('button', { name: 'Reset to Duly’s wording' });
    this.resetDialog = page.getByRole('dialog', { name: 'Put back Duly’s wording?' });
  }

  rpc<T>(channel: string, input: unknown = {}): Promise<T> {
    return rpc<T>(this.page, channel, input);
  }

  /** From Settings, by its link, as an owner finds it. */
  async openFromSettings(screenshot?: string): Promise<void> {
    await goTo(this.page, '#/settings');
    const link = this.page.getByRole('link', { name: 'Edit letter wording' });
    await expect(link).toBeVisible();
    if (screenshot) {
      await link.scrollIntoViewIfNeeded();
      await snap(this.page, screenshot);
    }
    await link.click();
    await expect(this.heading).toBeVisible();
    await expect(this.subject).toBeEditable();
  }

  tab(name: string | RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** The letter's heading in the preview. */
  get letterSubject(): Locator {
    return this.letter.getByRole('heading', { level: 3 });
  }

  /** Picks the customer to preview for by typing part of the name. */
  async previewFor(typed: string, option: string): Promise<void> {
    await this.customer.click();
    await this.customer.fill(typed);
    await this.page.getByRole('option', { name: option }).click();
    await expect(this.customer).toHaveValue(option);
  }

  /** Types at the end of a part, as a person adding a line would. */
  async appendTo(part: Locator, text: string): Promise<void> {
    await part.click();
    await part.press('ControlOrMeta+End');
    await part.pressSequentially(text);
  }

  /** Reads a notice in the corner, then closes it. */
  closeNotice(text: string): Promise<void> {
    return closeNotice(this.page, text);
  }
}
