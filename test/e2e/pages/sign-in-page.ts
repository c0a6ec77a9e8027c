import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The sign-in page, and before it, for an encrypted file just opened, the unlock page: nothing of such a
 * file (its product name included) is readable until a member's password unlocks it.
 */
export class SignInPage {
  readonly password: Locator;
  readonly unlockButton: Locator;
  /** The product the sign-in page must name once the file is unlocked (from expectShown). */
  private expectedProduct: string | null = null;

  constructor(readonly page: Page) {
    this.password = page.getByLabel('Password', { exact: true });
    this.unlockButton = page.getByRole('button', { name: 'Unlock', exact: true });
  }

  private signInHeading(productName: string): Locator {
    return this.page.getByRole('heading', { name: `Sign in to ${productName}` });
  }

  /** The sign-in page for `productName`, or the unlock page of an encrypted file (checked after unlocking). */
  async expectShown(productName: string): Promise<void> {
    this.expectedProduct = productName;
    await expect(this.signInHeading(productName).or(this.page.getByRole('heading', { name: /^Unlock / }))).toBeVisible();
  }

  person(name: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  /** Unlocks the encrypted file with `password` when it asks, then signs `name` in with it. */
  async signIn(name: string, password: string): Promise<void> {
    await expect(this.person(name).or(this.unlockButton)).toBeVisible();
    if (await this.unlockButton.isVisible()) {
      await this.password.fill(password);
      await this.unlockButton.click();
      if (this.expectedProduct) await expect(this.signInHeading(this.expectedProduct)).toBeVisible();
    }
    await this.person(name).check();
    await this.password.fill(password);
    await this.password.press('Enter');
  }

  /** The message shown next to the password field (tied to it by aria-describedby). */
  passwordError(): Locator {
    return this.page.locator('.field').filter({ has: this.password }).locator('.field-error');
  }
}
