import { expect, type Locator, type Page } from '@playwright/test';
import type { SCREEN_LABELS } from '../../../renderer/src/stores/nav-store';

export class ShellPage {
  readonly header: Locator;
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.nav = page.getByRole('navigation', { name: 'Main' });
  }

  async expectSignedIn(name: string, role: string): Promise<void> {
    await expect(this.page.getByTestId('signed-in-user')).toHaveText(new RegExp(`${name}\\s*${role}`));
  }

  async go(screen: (typeof SCREEN_LABELS)[keyof typeof SCREEN_LABELS]): Promise<void> {
    await this.nav.getByRole('button', { name: screen }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
  }

  async signOut(): Promise<void> {
    await this.header.getByRole('button', { name: 'Sign out' }).click();
  }

  async closeProject(): Promise<void> {
    await this.header.getByRole('button', { name: 'Close project' }).click();
  }
}
