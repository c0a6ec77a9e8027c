import type { Locator, Page } from '@playwright/test';

/** The risk grid and its CSV import dialog, for specs that work the table as a keyboard user would. */
export class RiskTablePage {
  constructor(readonly page: Page) {}

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Risk chains' });
  }

  row(humanId: string): Locator {
    return this.grid()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: humanId, exact: true }) });
  }

  /** A cell of a chain's row by its column number (0 is the ID). */
  cell(humanId: string, col: number): Locator {
    return this.row(humanId).locator(`[data-cell$=":${col}"]`);
  }

  groupHeader(label: RegExp): Locator {
    return this.grid().getByRole('row').filter({ hasText: label }).getByRole('gridcell');
  }

  importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import a risk table' });
  }

  async chooseCsv(name: string, text: string): Promise<void> {
    await this.importDialog()
      .getByLabel('CSV file to import')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  }
}
