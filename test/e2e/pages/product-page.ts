import { expect, type Locator, type Page } from '@playwright/test';

export interface Profile {
  intendedPurpose: string;
  intendedUsers: string;
  patientPopulation: string;
  useEnvironment: string;
  /** The labels of the markets to tick. */
  markets: string[];
  softwareForm: string;
  hardwareDevice?: string;
}

export class ProductPage {
  readonly steps: Locator;

  constructor(readonly page: Page) {
    this.steps = page.getByRole('navigation', { name: 'Profile steps' });
  }

  step(id: string): Locator {
    return this.page.getByTestId(`step-${id}`);
  }

  field(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  choice(name: string): Locator {
    return this.page.getByRole('combobox', { name, exact: true });
  }

  private async save(id: string, title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Save' }).click();
    await expect(this.page.getByRole('status')).toHaveText(`${title} saved.`);
    await expect(this.step(id)).toContainText('Done');
  }

  /** On the markets step (opened from its step button): ticks the markets named and saves. */
  async chooseMarkets(labels: string[]): Promise<void> {
    await this.step('markets').click();
    const markets = this.page.getByRole('group', { name: 'Markets' });
    for (const label of labels) await markets.getByRole('checkbox', { name: label }).check();
    await this.save('markets', 'Markets');
  }

  /** Walks the wizard, saving each step and checking it turns done. */
  async fill(profile: Profile): Promise<void> {
    await this.step('purpose').click();
    await this.field('Intended purpose').fill(profile.intendedPurpose);
    await this.save('purpose', 'Intended purpose');
    await this.page.getByRole('button', { name: 'Next step' }).click();
    await this.field('Intended users').fill(profile.intendedUsers);
    await this.field('Patient population').fill(profile.patientPopulation);
    await this.save('people', 'Users and patients');
    await this.page.getByRole('button', { name: 'Next step' }).click();
    await this.field('Use environment').fill(profile.useEnvironment);
    await this.save('environment', 'Use environment');
    await this.page.getByRole('button', { name: 'Next step' }).click();
    await this.chooseMarkets(profile.markets);
    await this.page.getByRole('button', { name: 'Next step' }).click();
    await this.choice('The software is').selectOption({ label: profile.softwareForm });
    if (profile.hardwareDevice !== undefined) await this.field('Which hardware device').fill(profile.hardwareDevice);
    await this.save('form', 'Software form');
  }
}
