import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

// The dashboard as a person uses it: the as-of date, the figures and bucket buttons by what they
// say, the drill-down drawer (the export buttons download with downloadFrom, in ./steps).

export class DashboardScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Dashboard' });
  }

  /** The figures, charts and all, once drawn (it carries the date it shows as data-as-of). */
  get body(): Locator {
    return this.page.getByTestId('dashboard');
  }

  get asOf(): Locator {
    return this.page.getByRole('textbox', { name: 'As of' });
  }

  /** From the navbar; waits until the figures are drawn. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await expect(this.heading).toBeVisible();
    await expect(this.body).toBeVisible();
  }

  /** A headline figure's value: "owed", "overdue", "credit", "dso", "lateness", "collected". */
  figure(id: string): Locator {
    return this.page.getByTestId(`figure-${id}`);
  }

  /** A bucket's button under the chart, by main's label ("current", "1-30", "90+"). */
  bucket(label: string): Locator {
    return this.page.getByTestId(`bucket-${label}`);
  }

  /** Types a date the owner's way and waits for the dashboard of that date. */
  async showAsOf(typed: string, iso: string): Promise<void> {
    await this.asOf.fill(typed);
    await expect(this.body).toHaveAttribute('data-as-of', iso);
    await expect(this.body).toHaveAttribute('aria-busy', 'false');
  }

  get drawer(): Locator {
    return this.page.getByRole('dialog');
  }

  get drillTotal(): Locator {
    return this.drawer.getByTestId('drill-total');
  }

  get drillAgreement(): Locator {
    return this.drawer.getByTestId('drill-agreement');
  }

  /** The customers listed in the drill-down, top to bottom. */
  async drillNames(): Promise<string[]> {
    return this.drawer.getByTestId('drill-customer').getByRole('link').allTextContents();
  }
}
