import { expect, type Locator, type Page } from '@playwright/test';

/** The Problem reports and Change requests screens, as a user works them. */
export class ChangesPage {
  constructor(readonly page: Page) {}

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async reportProblem(title: string, criticality: 'high' | 'medium' | 'low'): Promise<void> {
    await this.page.getByRole('button', { name: 'Report a problem…' }).click();
    const dialog = this.dialog('Report a problem');
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Criticality').selectOption(criticality);
    await dialog.getByRole('button', { name: 'Raise the problem report' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Answers the wizard's questions in order, checking each is shown one at a time. */
  async answer(answers: ('Yes' | 'No')[]): Promise<void> {
    for (const a of answers) await this.page.getByRole('dialog').getByRole('button', { name: a, exact: true }).click();
  }
}
