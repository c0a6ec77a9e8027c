import { expect, type Locator, type Page } from '@playwright/test';

export class AuditPage {
  readonly grid: Locator;
  readonly scroller: Locator;
  readonly total: Locator;
  readonly detail: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('table', { name: 'Audit trail' });
    this.scroller = page.getByRole('region', { name: 'Audit trail, scrollable' });
    this.total = page.getByTestId('audit-total');
    this.detail = page.getByTestId('audit-detail');
  }

  /** Body rows currently rendered (the header row has no data-index). */
  bodyRows(): Locator {
    return this.grid.getByRole('row').and(this.page.locator('[data-index]'));
  }

  row(text: string | RegExp): Locator {
    return this.bodyRows().filter({ hasText: text });
  }

  async expectTotal(count: number): Promise<void> {
    await expect(this.total).toHaveText(`${count.toLocaleString('en-US')} ${count === 1 ? 'row' : 'rows'}`);
  }

  async sortBy(column: string): Promise<void> {
    await this.grid.getByRole('columnheader', { name: column }).getByRole('button').click();
  }

  /** The cells of the body row at this index (0: the first of the current order), the # row header first. */
  cells(index: number): Locator {
    return this.grid.locator(`tr[data-index="${index}"]`).locator('th, td');
  }

  /** The text of each cell of the first rendered body row. */
  async firstRowCells(): Promise<string[]> {
    return this.cells(0).allInnerTexts();
  }

  filters(): Locator {
    return this.page.getByRole('search', { name: 'Filter the audit trail' });
  }
}
