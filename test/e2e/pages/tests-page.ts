import { expect, type Locator, type Page } from '@playwright/test';

/** The Tests screen: cases and their editor, runs with step-by-step execution, JUnit import, status per version. */
export class TestsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Tests' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Tests' })).toBeVisible();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** Writes a manual case with its steps, verifying the requirements named by human ID. */
  async addCase(title: string, steps: [string, string][], verifies: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'New test case' }).click();
    const editor = this.page.getByRole('region', { name: 'New test case' });
    await editor.getByLabel('Title').fill(title);
    for (const [i, [action, expected]] of steps.entries()) {
      if (i > 0) await editor.getByRole('button', { name: 'Add a step' }).click();
      await editor.getByLabel(`Step ${i + 1} action`).fill(action);
      await editor.getByLabel(`Step ${i + 1} expected result`).fill(expected);
    }
    for (const humanId of verifies) await editor.getByRole('checkbox', { name: new RegExp(`^${humanId} `) }).check();
    await editor.getByRole('button', { name: 'Add test case' }).click();
    // The new case opens in the editor under its TC number.
    await expect(this.page.getByRole('heading', { level: 2, name: new RegExp(`^TC-\\d+ ${title}$`) })).toBeVisible();
  }

  result(caseHumanId: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^${caseHumanId} `) });
  }

  /** Records one step's outcome and actual result, using the keyboard for the outcome. */
  async recordStep(caseHumanId: string, position: number, outcome: 'passed' | 'failed' | 'blocked', actual: string): Promise<void> {
    const result = this.result(caseHumanId);
    await result
      .getByRole('group', { name: `Outcome of ${caseHumanId} step ${position}` })
      .getByRole('radio', { name: outcome })
      .check();
    await result.getByRole('textbox', { name: `Actual result of ${caseHumanId} step ${position}` }).fill(actual);
    const record = result.getByRole('button', { name: `Record ${caseHumanId} step ${position}` });
    await record.press('Enter');
    // Recorded once the step shows its outcome beside the button (the typed text is then saved, nothing is left to lose).
    await expect(record.locator('xpath=..').locator('.outcome-badge')).toHaveText(outcome);
  }

  /** Starts a manual run of the chosen cases (all manual ones by default) for a software version. */
  async startRun(version: string, environment: string, tools: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Start a run…' }).click();
    const start = this.page.getByRole('dialog', { name: 'Start a test run' });
    await start.getByLabel('Software version tested').fill(version);
    await start.getByLabel('Hardware and software test configuration').fill(environment);
    await start.getByLabel('Test tools and their versions').fill(tools);
    await start.getByRole('button', { name: 'Start run' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: new RegExp(`^RUN-\\d+ · version ${version.replaceAll('.', '\\.')}$`) })).toBeVisible();
  }

  /** Completes the open run, signing it with the password. */
  async completeRun(password: string): Promise<void> {
    await this.page.getByLabel('Your password (electronic signature)').fill(password);
    await this.page.getByRole('button', { name: 'Complete and sign' }).click();
    await expect(this.page.getByText('Signed “executed”')).toBeVisible();
  }
}
