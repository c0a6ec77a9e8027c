import type { Locator, Page } from '@playwright/test';

export class PlanPage {
  readonly requiredCount: Locator;

  constructor(readonly page: Page) {
    this.requiredCount = page.getByTestId('required-count');
  }

  progress(process: string): Locator {
    return this.page.getByTestId(`progress-${process}`);
  }

  status(clause: string): Locator {
    return this.page.getByRole('combobox', { name: `Status of ${clause}`, exact: true });
  }
}
