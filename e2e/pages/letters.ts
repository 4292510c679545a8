import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { rpc } from './helpers';

// The "Letters and statements" page (batches), by the names on screen.

export class LettersPage {
  constructor(readonly page: Page) {}

  rpc<T>(channel: string, input: unknown = {}): Promise<T> {
    return rpc<T>(this.page, channel, input);
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Letters', exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Letters and statements' })).toBeVisible();
  }

  region(name: 'What to make' | 'Who gets one' | 'Each customer’s files'): Locator {
    return this.page.getByRole('region', { name });
  }

  async choose(kind: 'Statements' | 'Reminder letters'): Promise<void> {
    await this.region('What to make').getByText(kind, { exact: true }).click();
    await expect(this.page.getByRole('radio', { name: kind, exact: true })).toBeChecked();
  }

  async chooseTone(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Tone' }).click();
    await this.page.getByRole('option', { name: label }).click();
  }

  async who(label: RegExp): Promise<void> {
    await this.region('Who gets one').getByRole('radio', { name: label }).check();
  }

  /** The customers listed under "Who gets one", by name. */
  listed(): Locator {
    return this.region('Who gets one').locator('tbody tr');
  }

  get start(): Locator {
    return this.page.getByTestId('batch-start');
  }

  get result(): Locator {
    return this.page.getByTestId('batch-result');
  }

  async folder(): Promise<string> {
    return (await this.page.getByTestId('batch-folder').innerText()).trim();
  }
}
