import { expect, type Locator, type Page } from '@playwright/test';

/** The SOUP screen: list, filters, the selected item's editor and the import dialog. */
export class SoupPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'SOUP' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'SOUP' })).toBeVisible();
  }

  /** Chooses a file, names its source and shows the diff; returns the dialog. */
  async preview(name: string, content: string, source: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Import dependency file…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import SOUP' });
    await dialog.getByLabel('Dependency file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') });
    await dialog.getByLabel('Source name').fill(source);
    await dialog.getByRole('button', { name: 'Show the changes' }).click();
    return dialog;
  }

  row(humanId: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: humanId, exact: true }) });
  }

  async select(name: string): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }
}
