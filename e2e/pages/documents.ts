import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { goTo, rpc } from './helpers';

// The "Letters and statements" card on a customer's page, by the names on screen.

export class DocumentsCard {
  constructor(readonly page: Page) {}

  rpc<T>(channel: string, input: unknown = {}): Promise<T> {
    return rpc<T>(this.page, channel, input);
  }

  get card(): Locator {
    return this.page.getByRole('region', { name: 'Letters and statements' });
  }

  get canvas(): Locator {
    return this.card.locator('canvas');
  }

  get pageCount(): Locator {
    return this.card.getByTestId('pdf-page-count');
  }

  get history(): Locator {
    return this.card.getByTestId('document-history');
  }

  async openCustomer(id: number, name: string): Promise<void> {
    await goTo(this.page, `#/customers/${id}`);
    await expect(this.page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    await this.card.scrollIntoViewIfNeeded();
  }

  async choose(kind: 'Statement' | 'Activity statement' | 'Reminder letter'): Promise<void> {
    await this.card.getByText(kind, { exact: true }).click();
    await expect(this.card.getByRole('radio', { name: kind, exact: true })).toBeChecked();
  }

  async chooseTone(label: string): Promise<void> {
    await this.card.getByRole('combobox', { name: 'Tone' }).click();
    await this.page.getByRole('option', { name: label }).click();
  }

  button(name: 'Preview' | 'Save PDF' | 'Print' | 'Email draft'): Locator {
    return this.card.getByRole('button', { name, exact: true });
  }
}
