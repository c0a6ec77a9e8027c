import { expect, type Locator, type Page } from '@playwright/test';

/** The Quality system screen: its tabs, the company form, the scope questions, procedures and coverage. */
export class QmsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Quality system' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Quality system' })).toBeVisible();
  }

  async tab(name: 'Company' | 'Scope' | 'Procedures' | 'Coverage' | 'Records' | 'Tools'): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`${name}$`) }).click();
  }

  field(label: string | RegExp): Locator {
    return this.page.getByRole('main').getByLabel(label);
  }

  /** Answers one scope question by its wording. */
  async answer(question: string, choice: 'Yes' | 'No'): Promise<void> {
    await this.page.getByRole('group', { name: question }).getByRole('radio', { name: choice }).check();
  }

  status(): Locator {
    return this.page.getByRole('status');
  }

  procedure(key: string): Locator {
    return this.page.getByTestId(`procedure-${key}`);
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('button', { name });
  }
}
