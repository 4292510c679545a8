import type { Locator, Page } from '@playwright/test';

export interface FileToDrop {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A CSV made in the test, as the file chooser hands it over. */
export const csvFile = (name: string, text: string): FileToDrop => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

/** The import wizard as a person uses it: by the buttons, headings and labels on screen. */
export class ImportWizard {
  constructor(readonly page: Page) {}

  /** From the welcome of the fresh, empty books every test starts with. */
  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Start with my own data' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
  }

  /** Chooses files through the "Choose files…" button and the system's file chooser. */
  async choose(files: (string | FileToDrop)[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Choose files…' }).click();
    await (await chooser).setFiles(files as string[]);
  }

  get chosenFiles(): Locator {
    return this.page.getByRole('list', { name: 'Chosen files' });
  }

  async check(): Promise<void> {
    await this.page.getByRole('button', { name: /^Check (this file|these files)$/ }).click();
  }

  get importButton(): Locator {
    return this.page.getByRole('button', { name: 'Import', exact: true });
  }

  get verdict(): Locator {
    return this.page.getByRole('heading', { level: 2 }).first();
  }

  get toAdd(): Locator {
    return this.page.getByTestId('import-to-add');
  }

  get alreadyThere(): Locator {
    return this.page.getByTestId('import-already-there');
  }

  /** What Duly found in one file. */
  file(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  problemsIn(file: string): Locator {
    return this.page.getByRole('table', { name: `Problems in ${file}` });
  }

  /** Maps a field to a column in the column mapping of a file. */
  async mapColumn(file: string, field: string, column: string): Promise<void> {
    await this.file(file).getByRole('combobox', { name: field, exact: true }).click();
    await this.page.getByRole('option', { name: column, exact: true }).click();
  }

  get summaryHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: 'Import finished' });
  }
}
