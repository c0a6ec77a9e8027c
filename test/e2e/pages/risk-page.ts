import { expect, type Locator, type Page } from '@playwright/test';

/** The risk management screen: heat maps, the chain table, the chain's details and the plan tab. */
export class RiskPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Risk management' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Risk management' })).toBeVisible();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** A heat-map cell by its matrix ("Before risk control" / "After risk control"), P and S. */
  cell(when: 'Before' | 'After', p: number, s: number): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${when} risk control, P${p} × S${s}: `) });
  }

  row(humanId: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: humanId, exact: true }) });
  }

  status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /\S/ });
  }

  /** Picks each level by its visible option text, e.g. "4 — Likely". */
  async choose(scope: Locator, levels: Record<string, string>): Promise<void> {
    for (const [label, option] of Object.entries(levels)) await scope.getByLabel(label, { exact: true }).selectOption({ label: option });
  }
}
