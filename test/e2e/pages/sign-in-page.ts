import { expect, type Locator, type Page } from '@playwright/test';

export class SignInPage {
  readonly password: Locator;

  constructor(readonly page: Page) {
    this.password = page.getByLabel('Password', { exact: true });
  }

  async expectShown(productName: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: `Sign in to ${productName}` })).toBeVisible();
  }

  person(name: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  async signIn(name: string, password: string): Promise<void> {
    await this.person(name).check();
    await this.password.fill(password);
    await this.password.press('Enter');
  }

  /** The message shown next to the password field (tied to it by aria-describedby). */
  passwordError(): Locator {
    return this.page.locator('.field').filter({ has: this.password }).locator('.field-error');
  }
}
