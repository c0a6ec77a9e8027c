import { expect, type Locator, type Page } from '@playwright/test';

export class AuditPage {
  readonly grid: Locator;
  readonly scroller: Locator;
  readonly total: Locator;
  readonly detail: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: 'Audit trail' });
    this.scroller = page.getByTestId('audit-scroll');
    this.total = page.getByTestId('audit-total');
    this.detail = page.getByTestId('audit-detail');
  }

  /** Body rows currently rendered (the header row has aria-rowindex 1). */
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

  /** The text of each cell of the first rendered body row. */
  async firstRowCells(): Promise<string[]> {
    return this.page.locator('[data-index="0"] [role="gridcell"]').allInnerTexts();
  }

  filters(): Locator {
    return this.page.getByRole('search', { name: 'Filter the audit trail' });
  }
}
