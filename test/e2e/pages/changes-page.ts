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

  /** The open problem report's status line, closing gaps and status moves. */
  problemStatus(): Locator {
    return this.page.locator('.problem-status');
  }

  /** Moves the open problem report (Investigate, Mark resolved, Close …) and waits for its new status. */
  async moveProblem(label: string, status: string): Promise<void> {
    await this.problemStatus().getByRole('button', { name: label, exact: true }).click();
    await expect(this.problemStatus()).toContainText(`Status: ${status}`);
  }

  /** Records the 9.2 evaluation of the open problem report against the risk file. */
  async evaluateSafety(affects: 'yes' | 'no', how: string): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Does the problem affect safety?' })
      .getByRole('radio', { name: affects === 'yes' ? /^Yes/ : 'No' })
      .check();
    await this.page.getByLabel('How it was evaluated').fill(how);
    await this.page.getByRole('button', { name: 'Save risk evaluation' }).click();
    await expect(this.page.getByText('Evaluate whether the problem affects safety (9.2).')).toBeHidden();
  }

  /** Moves the open change request (Mark implemented, Mark verified, Close) and waits for the notice. */
  async moveChange(humanId: string, label: string, status: string): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: label, exact: true }).click();
    await expect(this.page.getByText(`${humanId} is now ${status}.`)).toBeVisible();
  }
}
