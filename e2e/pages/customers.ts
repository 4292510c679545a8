import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

// The customers screens as a person uses them: what they click and type, by the names on screen.

export class CustomersScreen {
  constructor(readonly page: Page) {}

  /** The list of customers (a table named "Customers"). */
  get list(): Locator {
    return this.page.getByRole('table', { name: 'Customers' });
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search customers' });
  }

  get summary(): Locator {
    return this.page.getByTestId('customers-summary');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  field(name: string): Locator {
    return this.dialog.getByRole('textbox', { name, exact: true });
  }

  async openList(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Customers' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  }

  /** The order control above the list: "Balance", "Most overdue", "Name". */
  async sortBy(label: string): Promise<void> {
    await this.page.getByText(label, { exact: true }).click();
    await expect(this.page.getByRole('radio', { name: label })).toBeChecked();
  }

  /** The list row of one customer. */
  row(name: string): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** Names in the list, top to bottom (the rows on screen). */
  async names(): Promise<string[]> {
    return this.list.locator('tbody').getByRole('link').allTextContents();
  }

  /** New customer → fill → Add customer; ends on the customer's own page. */
  async addCustomer(c: { name: string; ref: string; email?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New customer' }).first().click();
    await this.field('Name').fill(c.name);
    await this.field('Reference').fill(c.ref);
    if (c.email) await this.field('Email').fill(c.email);
    await this.dialog.getByRole('button', { name: 'Add customer' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: c.name, exact: true })).toBeVisible();
  }

  /** On a customer's page: Add invoice with its number, issue date (as typed) and total. */
  async addInvoice(i: { number: string; issued: string; total: string; due?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add invoice' }).click();
    await this.field('Invoice number').fill(i.number);
    await this.field('Issue date').fill(i.issued);
    if (i.due) await this.field('Due date').fill(i.due);
    await this.field('Total').fill(i.total);
    await this.dialog.getByRole('button', { name: 'Add invoice' }).click();
    await expect(this.dialog).toBeHidden();
    await expect(
      this.page.getByRole('table', { name: 'Invoices' }).getByRole('cell', { name: i.number }),
    ).toBeVisible();
  }

  /** Closes the "saved" notes, as a person would before reading the page. */
  async dismissNotes(): Promise<void> {
    const buttons = this.page.getByRole('button', { name: 'Dismiss' });
    for (let n = await buttons.count(); n > 0; n = await buttons.count()) {
      await buttons.first().click();
      await expect(buttons).toHaveCount(n - 1);
    }
  }

  /** A headline figure on a customer's page: "Balance", "Overdue", "Unapplied credit". */
  figure(label: string): Locator {
    return this.page.getByRole('group', { name: label });
  }

  /** From the list: a customer's own page, by the link on their name. */
  async openCustomer(name: string): Promise<void> {
    await this.list.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  }

  /** The list's "How they pay" filter: a class by its words ("Chronically late"), or "Any payer". */
  async onlyPaying(label: string): Promise<void> {
    const filter = this.page.getByRole('combobox', { name: 'How they pay' });
    await filter.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await expect(filter).toHaveValue(label);
  }

  /** On a customer's page: the "How they pay" panel. */
  get behaviour(): Locator {
    return this.page.getByRole('region', { name: 'How they pay' });
  }

  get behaviourReason(): Locator {
    return this.behaviour.getByTestId('behaviour-reason');
  }

  /** One of the panel's figures, by its label ("On time", "Longest delay", "Owed today"). */
  behaviourFigure(label: string): Locator {
    return this.behaviour
      .locator('dl > div')
      .filter({ has: this.page.locator('dt').getByText(label, { exact: true }) })
      .locator('dd');
  }

  /** The invoices behind the panel's chart, with how late each was paid. */
  get daysLateTable(): Locator {
    return this.behaviour.getByRole('table', { name: 'Days late, invoice by invoice' });
  }

  /** The panel's switch between the chart and its table. */
  async showDaysLateAs(view: 'Chart' | 'Table'): Promise<void> {
    await this.behaviour.getByText(view, { exact: true }).click();
    await expect(this.behaviour.getByRole('radio', { name: view })).toBeChecked();
  }
}
