import { expect, type Locator, type Page } from '@playwright/test';

export class TracePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Traceability' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Traceability' })).toBeVisible();
  }

  tab(name: RegExp | string): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** One group of gaps, e.g. `requirement-without-item`. */
  gaps(kind: string): Locator {
    return this.page.getByTestId(`gaps-${kind}`);
  }

  /** The matrix row whose requirement (its row header) starts with this ID. */
  matrixRow(humanId: string): Locator {
    return this.page
      .getByRole('table', { name: 'Trace matrix' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${humanId}\\b`) }) });
  }
}
