import { expect, type Locator, type Page } from '@playwright/test';

export interface NewMember {
  name: string;
  email: string;
  role: 'Owner' | 'Author' | 'Reviewer' | 'Approver';
  password: string;
}

export class TeamPage {
  readonly members: Locator;
  readonly addForm: Locator;

  constructor(readonly page: Page) {
    this.members = page.getByRole('table', { name: 'Members' });
    this.addForm = page.getByRole('region', { name: 'Add a team member' });
  }

  member(email: string): Locator {
    return this.page.getByTestId(`member-${email}`);
  }

  async add(member: NewMember): Promise<void> {
    await this.addForm.getByLabel('Name').fill(member.name);
    await this.addForm.getByLabel('E-mail').fill(member.email);
    await this.addForm.getByLabel('Role').selectOption({ label: member.role });
    await this.addForm.getByLabel('First password', { exact: true }).fill(member.password);
    await this.addForm.getByLabel('Confirm first password').fill(member.password);
    await this.addForm.getByRole('button', { name: 'Add member' }).click();
    // Wait for the outcome (the notice, or a field in error) so the next step never types into a form
    // that is about to be cleared.
    const outcome = this.page.getByText(`${member.name} was added as`).or(this.addForm.locator('[aria-invalid="true"]'));
    await expect(outcome.first()).toBeVisible();
  }

  async deactivate(name: string, email: string): Promise<void> {
    const row = this.member(email);
    await row.getByRole('button', { name: `Deactivate ${name}` }).click();
    await row.getByRole('button', { name: 'Confirm deactivation' }).click();
  }
}
