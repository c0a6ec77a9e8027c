import { expect, type Locator, type Page } from '@playwright/test';

/** The Releases screen: the release wizard's steps, its forms, and the baseline and configuration views. */
export class ReleasesPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  async goto(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Releases' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Releases' })).toBeVisible();
  }

  async start(version: string): Promise<void> {
    await this.main.getByLabel('New version').fill(version);
    await this.main.getByRole('button', { name: 'Start release' }).click();
    await expect(this.page.getByRole('status')).toHaveText(`Release ${version} started.`);
  }

  step(id: string): Locator {
    return this.page.getByTestId(`release-step-${id}`);
  }

  async openStep(id: string, title: string): Promise<void> {
    await this.step(id).click();
    await expect(this.page.getByRole('heading', { level: 2, name: new RegExp(`^Step \\d of 7: ${title}$`) })).toBeVisible();
  }

  clause(clause: string): Locator {
    return this.page.getByTestId(`clause-${clause}`);
  }

  /** Saves the step's written fields and waits for the confirmation. */
  async save(fields: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(fields)) await this.main.getByLabel(label, { exact: true }).fill(value);
    await this.main.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.page.getByRole('status')).toHaveText(/saved\.$/);
  }

  tab(name: 'Release wizard' | 'Baseline diff' | 'Configuration items'): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** The archive step: where it is kept, and one released file whose SHA-256 the browser computes. */
  async archive(location: string, file: { name: string; buffer: Buffer }): Promise<void> {
    await this.save({ 'Archive location': location });
    await this.page.getByLabel('Add released files').setInputFiles({ ...file, mimeType: 'application/octet-stream' });
    await expect(this.page.getByTestId('artefact-table')).toContainText(file.name);
  }

  /** The delivery step: the procedure, and the confirmation that delivered copies match the archive. */
  async confirmDelivery(procedure: string, howChecked: string): Promise<void> {
    await this.save({ 'Delivery procedure': procedure });
    await this.page.getByRole('checkbox', { name: 'Delivered copies were checked against the archived SHA-256' }).check();
    await this.page.getByLabel('How it was checked').fill(howChecked);
    await this.page.getByRole('button', { name: 'Save confirmation' }).click();
    await expect(this.page.getByTestId('delivery-confirmed')).toBeVisible();
  }
}
