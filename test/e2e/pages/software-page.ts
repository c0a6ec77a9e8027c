import { expect, type Locator, type Page } from '@playwright/test';

export class SoftwarePage {
  readonly tree: Locator;

  constructor(readonly page: Page) {
    this.tree = page.getByRole('region', { name: 'Software tree' });
  }

  node(humanId: string): Locator {
    return this.page.getByTestId(`node-${humanId}`);
  }

  /** The row of one node, without its children. */
  row(humanId: string): Locator {
    return this.node(humanId).locator('> .tree-row');
  }

  async addSystem(name: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'System name' }).fill(name);
    await this.page.getByRole('button', { name: 'Add system' }).click();
    await expect(this.page.getByRole('status')).toHaveText(`${name} was added.`);
  }

  async addChild(parentLabel: string, kind: 'item' | 'unit', name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add ${kind} to ${parentLabel}` }).click();
    await this.page.getByRole('textbox', { name: new RegExp(`^Name of the new ${kind}`) }).fill(name);
    await this.page.getByRole('button', { name: `Add ${kind}`, exact: true }).click();
    await expect(this.page.getByRole('status')).toContainText(`${name} was added to`);
  }

  /** The open classification dialog. */
  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async answer(question: RegExp, choice: string): Promise<void> {
    await this.dialog().getByRole('group', { name: question }).getByRole('radio', { name: choice, exact: true }).check();
  }

  /** Classifies a system as medical device software through the three questions (the path decides which are asked) and saves. */
  async classify(label: string, answers: { contributes: 'Yes' | 'No'; acceptable?: 'Yes' | 'No'; harm?: string }): Promise<void> {
    await this.page.getByRole('button', { name: `Classify ${label}` }).click();
    await this.answer(/^0\./, 'Yes');
    await this.answer(/^1\./, answers.contributes);
    if (answers.acceptable) await this.answer(/^2\./, answers.acceptable);
    if (answers.harm) await this.answer(/^3\./, answers.harm);
  }

  async saveClassification(notice: string): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Save classification' }).click();
    await expect(this.page.getByRole('status')).toHaveText(notice);
  }
}
