import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The sign-in page, or in its place, for an encrypted file just opened, the unlock page: nothing of such a
 * file (its product name included) is readable until a member's e-mail and password unlock it, which also
 * signs them in.
 */
export class SignInPage {
  readonly password: Locator;
  readonly email: Locator;
  readonly unlockButton: Locator;

  constructor(readonly page: Page) {
    this.password = page.getByLabel('Password', { exact: true });
    this.email = page.getByLabel('E-mail', { exact: true });
    this.unlockButton = page.getByRole('button', { name: 'Unlock and sign in', exact: true });
  }

  private signInHeading(productName: string): Locator {
    return this.page.getByRole('heading', { name: `Sign in to ${productName}` });
  }

  /** The sign-in page for `productName`, or the unlock page of an encrypted file (which cannot name it yet). */
  async expectShown(productName: string): Promise<void> {
    await expect(this.signInHeading(productName).or(this.page.getByRole('heading', { name: /^Unlock / }))).toBeVisible();
  }

  person(name: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  /** Signs `person` in with `password`: on the unlock page of an encrypted file, by e-mail (which also unlocks it). */
  async signIn(person: { name: string; email: string }, password: string): Promise<void> {
    await expect(this.person(person.name).or(this.unlockButton)).toBeVisible();
    if (await this.unlockButton.isVisible()) {
      await this.email.fill(person.email);
      await this.password.fill(password);
      await this.password.press('Enter');
      return;
    }
    await this.person(person.name).check();
    await this.password.fill(password);
    await this.password.press('Enter');
  }

  /** The message shown next to the password field (tied to it by aria-describedby). */
  passwordError(): Locator {
    return this.page.locator('.field').filter({ has: this.password }).locator('.field-error');
  }
}
