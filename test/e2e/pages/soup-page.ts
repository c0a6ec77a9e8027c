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

  /** Imports a dependency file and accepts every change it shows. */
  async importAll(name: string, content: string, source: string): Promise<void> {
    const dialog = await this.preview(name, content, source);
    await dialog.getByRole('button', { name: 'Accept these changes' }).click();
    await expect(dialog.getByRole('status')).toContainText(' added, ');
    await dialog.getByRole('button', { name: 'Close Import SOUP' }).click();
  }

  /** Writes what class B and C ask of a SOUP item (5.3.3, 5.3.4, 7.1.2, 7.1.3) in its editor and saves it. */
  async document(
    humanId: string,
    name: string,
    fields: { supplier: string; purpose: string; functional: string; performance: string; needs: string; risk: string; anomalies: string },
  ): Promise<void> {
    await this.select(name);
    const editor = this.page.getByRole('region', { name: new RegExp(`^${humanId} ${name} `) });
    await editor.getByLabel(/^Manufacturer or supplier/).fill(fields.supplier);
    await editor.getByLabel(/^Risk if it fails/).selectOption(fields.risk);
    await editor.getByLabel(/^Purpose/).fill(fields.purpose);
    await editor.getByLabel(/^Functional requirements/).fill(fields.functional);
    await editor.getByLabel(/^Performance requirements/).fill(fields.performance);
    await editor.getByLabel(/^Required hardware and software/).fill(fields.needs);
    await editor.getByLabel('Date reviewed').fill(new Date().toISOString().slice(0, 10));
    await editor.getByLabel('Outcome').fill(fields.anomalies);
    await editor.getByRole('button', { name: `Save ${humanId}` }).click();
    await expect(editor.getByRole('status')).toHaveText(`${humanId} saved.`);
  }

  /** Names the software items (by the start of their label) that use a SOUP item. */
  async useIn(humanId: string, name: string, items: RegExp[]): Promise<void> {
    await this.select(name);
    await this.page
      .getByRole('region', { name: new RegExp(`^${humanId} ${name} `) })
      .getByRole('button', { name: 'Software items…' })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Software items using ${humanId}` });
    for (const item of items) await dialog.getByRole('checkbox', { name: item }).check();
    await dialog.getByRole('button', { name: 'Save items' }).click();
    await expect(dialog).toBeHidden();
  }
}
