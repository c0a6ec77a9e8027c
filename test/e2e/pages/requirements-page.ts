import { expect, type Locator, type Page } from '@playwright/test';

export class RequirementsPage {
  readonly grid: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: 'Software requirements' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Requirements' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Requirements' })).toBeVisible();
  }

  /** The row showing a human ID. */
  row(humanId: string): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('gridcell', { name: humanId, exact: true }) });
  }

  cell(humanId: string, column: number): Locator {
    return this.row(humanId).getByRole('gridcell').nth(column);
  }

  async add(fields: { title: string; text: string; source?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add requirement' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a requirement' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(fields.title);
    await dialog.getByRole('textbox', { name: /^Text/ }).fill(fields.text);
    if (fields.source) await dialog.getByRole('combobox', { name: /^Source/ }).selectOption({ label: fields.source });
    await dialog.getByRole('button', { name: 'Add requirement' }).click();
    await expect(dialog).toBeHidden();
  }

  async importCsv(name: string, content: string): Promise<Locator> {
    return this.importFile(name, 'text/csv', Buffer.from(content, 'utf8'));
  }

  async importFile(name: string, mimeType: string, buffer: Buffer): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Import…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import requirements' });
    await dialog.getByLabel('File to import').setInputFiles({ name, mimeType, buffer });
    return dialog;
  }

  /** Opens a requirement in the detail panel (one click on its row) and returns the panel. */
  async detail(humanId: string): Promise<Locator> {
    await this.cell(humanId, 3).click();
    const panel = this.page.getByRole('region', { name: new RegExp(`^${humanId} `) });
    await expect(panel).toBeVisible();
    return panel;
  }

  /** Opens a requirement's detail panel, sets the fields given (selects by option value) and saves it. */
  async edit(humanId: string, fields: { source?: string; acceptanceCriteria?: string; verificationMethod?: string; status?: string }): Promise<Locator> {
    const panel = await this.detail(humanId);
    if (fields.source) await panel.getByRole('combobox', { name: /^Source/ }).selectOption(fields.source);
    if (fields.acceptanceCriteria) await panel.getByRole('textbox', { name: /^Acceptance criteria/ }).fill(fields.acceptanceCriteria);
    if (fields.verificationMethod) await panel.getByRole('combobox', { name: /^Verification/ }).selectOption(fields.verificationMethod);
    if (fields.status) await panel.getByRole('combobox', { name: /^Status/ }).selectOption(fields.status);
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await expect(this.page.getByRole('status').first()).toHaveText(`${humanId} saved.`);
    return panel;
  }

  /** In the open detail panel: allocates the requirement to the software items named (by option text). */
  async allocate(panel: Locator, humanId: string, items: RegExp[]): Promise<void> {
    await panel.getByRole('button', { name: 'Choose items…' }).click();
    const picker = this.page.getByRole('dialog', { name: `Software items of ${humanId}` });
    for (const item of items) await picker.getByRole('checkbox', { name: item }).check();
    await picker.getByRole('button', { name: 'Save items' }).click();
    await expect(picker).toBeHidden();
  }
}
