import { expect, type Locator, type Page } from '@playwright/test';
import { answerReview } from './review-dialog';

/** The Architecture screen: diagram, interfaces, segregation, unit designs and the review checklists. */
export class ArchitecturePage {
  readonly diagram: Locator;
  readonly interfaces: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.diagram = page.getByRole('group', { name: 'Architecture diagram' });
    this.interfaces = page.getByRole('region', { name: /^Interfaces/ });
    this.dialog = page.getByRole('dialog');
  }

  /** A box of the diagram by its key (software:2, external:Name, soup:4). */
  box(key: string): Locator {
    return this.diagram.locator(`[data-key="${key}"]`);
  }

  edge(interfaceId: number): Locator {
    return this.diagram.locator(`[data-key="interface:${interfaceId}"]`);
  }

  row(humanId: string): Locator {
    return this.page.getByTestId(`interface-${humanId}`);
  }

  /** Adds an interface from a software node (by its option text) to an external system. */
  async addToExternal(name: string, fromOption: string, external: string, protocol: string): Promise<void> {
    await this.interfaces.getByRole('button', { name: 'Add interface' }).click();
    await this.dialog.getByLabel('Interface name').fill(name);
    await this.dialog.getByLabel('From: software', { exact: true }).selectOption({ label: fromOption });
    await this.dialog.getByLabel('To: kind').selectOption('external');
    await this.dialog.getByLabel('To: name of the external system').fill(external);
    await this.dialog.getByLabel('Protocol or mechanism').fill(protocol);
    await this.dialog.getByRole('button', { name: 'Add interface' }).click();
    await expect(this.page.getByRole('status')).toHaveText(`Interface "${name}" was added.`);
  }

  /** Adds an interface between two software nodes (by their option text, as the tree indents them). */
  async addBetween(name: string, fromOption: string, toOption: string, protocol: string): Promise<void> {
    await this.interfaces.getByRole('button', { name: 'Add interface' }).click();
    await this.dialog.getByLabel('Interface name').fill(name);
    await this.dialog.getByLabel('From: software', { exact: true }).selectOption({ label: fromOption });
    await this.dialog.getByLabel('To: software', { exact: true }).selectOption({ label: toOption });
    await this.dialog.getByLabel('Protocol or mechanism').fill(protocol);
    await this.dialog.getByRole('button', { name: 'Add interface' }).click();
    await expect(this.page.getByRole('status')).toHaveText(`Interface "${name}" was added.`);
  }

  /** Opens a checklist, answers every question "Yes" and records it as passed. */
  async recordReview(button: string, password: string): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    await answerReview(this.dialog, password);
    await expect(this.dialog).toHaveCount(0);
  }
}
