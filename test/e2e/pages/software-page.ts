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
}
