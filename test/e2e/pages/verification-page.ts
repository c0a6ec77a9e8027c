import { expect, type Locator, type Page } from '@playwright/test';
import { answerReview } from './review-dialog';

/** The Verification records screen: the list of signed reviews, its kind filter and the record dialogs. */
export class VerificationPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  card(humanId: string): Locator {
    return this.page.getByTestId(`review-${humanId}`);
  }

  async show(kind: string): Promise<void> {
    await this.page.getByLabel('Show').selectOption({ label: kind });
  }

  async open(kind: string): Promise<void> {
    await this.page.getByLabel('New record of kind').selectOption({ label: kind });
    await this.page.getByRole('button', { name: 'Record verification…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Sets one check's row of the unit verification dialog. */
  async check(label: string, outcome: string, tool: string): Promise<void> {
    await this.dialog.getByLabel(`${label} result`).selectOption({ label: outcome });
    await this.dialog.getByLabel(`${label} tool or reviewer`).fill(tool);
  }

  async sign(password: string): Promise<void> {
    await answerReview(this.dialog, password);
  }

  /** Records a passed unit verification (5.5.5) of one unit: reviewed and unit-tested at a pull request, signed. */
  async verifyUnit(unitOption: RegExp, pullRequest: string, password: string): Promise<void> {
    await this.open('Software unit verification (5.5.5)');
    const unit = this.dialog.getByLabel('Unit or item verified');
    const option = unit.getByRole('option', { name: unitOption });
    await unit.selectOption((await option.getAttribute('value')) ?? '');
    await this.dialog.getByLabel('Commit or pull request').fill(pullRequest);
    await this.check('Code review', 'Passed', 'Pull request review');
    await this.check('Unit tests', 'Passed', 'Vitest');
    await this.sign(password);
    await expect(this.dialog).toHaveCount(0);
    await expect(this.page.getByRole('status')).toHaveText(/^REV-\d+ recorded and signed: passed\.$/);
  }
}
