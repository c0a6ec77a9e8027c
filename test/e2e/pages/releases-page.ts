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
}
