import type { Locator, Page } from '@playwright/test';

/** The welcome and the books switcher, by what a person reads on screen. */
export class WelcomeScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Welcome to Duly' });
  }

  get startWithMyOwnData(): Locator {
    return this.page.getByRole('link', { name: 'Start with my own data' });
  }

  get exploreDemo(): Locator {
    return this.page.getByRole('button', { name: 'Explore a demo shop' });
  }
}

export class BooksSwitcher {
  constructor(readonly page: Page) {}

  /** The pill in the header: "Open books: My shop.duly". */
  pill(fileName?: string): Locator {
    return this.page
      .getByRole('banner')
      .getByRole('button', { name: fileName ? `Open books: ${fileName}` : /Open books:/ });
  }

  get menu(): Locator {
    return this.page.getByRole('menu');
  }

  async open(): Promise<void> {
    await this.pill().click();
    await this.menu.waitFor();
  }

  recent(name: string): Locator {
    return this.menu.getByRole('menuitem', { name: new RegExp(`^${name}\\b`) });
  }

  async createBooks(name: string): Promise<void> {
    await this.open();
    await this.menu.getByRole('menuitem', { name: 'New books…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New books' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('button', { name: 'Create books' }).click();
  }
}
