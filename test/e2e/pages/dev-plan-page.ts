import { expect, type Locator, type Page } from '@playwright/test';

/** The Development plan wizard: the step list, the current step's editor and its actions. */
export class DevPlanPage {
  readonly progress: Locator;
  readonly editor: Locator;
  readonly source: Locator;

  constructor(readonly page: Page) {
    this.progress = page.getByTestId('dev-plan-progress');
    this.editor = page.getByRole('textbox', { name: / — text for the plan$/ });
    this.source = page.getByTestId('step-source');
  }

  async goto(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Development plan' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Development plan' })).toBeVisible();
  }

  step(id: string): Locator {
    return this.page.getByTestId(`step-${id}`);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^Step \d+ of \d+:/ });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('button', { name });
  }
}
