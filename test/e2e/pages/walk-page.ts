import { expect, type Page } from '@playwright/test';
import type { WalkStageId, WalkState, WalkStatus } from '../../../shared/api/walk-types';

/** The dashboard's walk: each stage's state as shown, checked against walk.status, and its "next" button. */
export class WalkPage {
  constructor(readonly page: Page) {}

  /**
   * What the core says, asked from the page exactly as the renderer asks (the browser's own connection
   * handling, which retries a kept-alive socket the host has closed, unlike a separate request context).
   */
  async status(): Promise<WalkStatus> {
    const answer = await this.page.evaluate(
      async () =>
        (await fetch('./api/walk.status', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json() as Promise<{ ok: boolean; value: WalkStatus }>,
    );
    expect(answer.ok, 'walk.status').toBe(true);
    return answer.value;
  }

  async dashboard(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Dashboard' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  }

  /**
   * On the dashboard: every stage shows the state walk.status gives it, and the named stages are in the
   * states expected at this point of the journey.
   */
  async expectStates(expected: Partial<Record<WalkStageId, WalkState>>): Promise<void> {
    await this.dashboard();
    const status = await this.status();
    for (const stage of status.stages) await expect(this.page.getByTestId(`walk-stage-${stage.id}`), stage.id).toHaveAttribute('data-state', stage.state);
    const states = Object.fromEntries(status.stages.map((s) => [s.id, s.state]));
    expect(Object.fromEntries(Object.keys(expected).map((id) => [id, states[id]]))).toEqual(expected);
  }

  /** The next action walk.status names for the current stage (the dashboard must then offer the same). */
  async nextAction(): Promise<string> {
    const status = await this.status();
    return status.stages.find((s) => s.state === 'in_progress' || s.state === 'not_started')?.next ?? '';
  }

  /** Clicks the dashboard's main "next" button, which must name the action given, and waits for the screen it opens. */
  async next(action: string | RegExp, screen: string): Promise<void> {
    await this.dashboard();
    const button = this.page.getByTestId('walk-next').getByRole('button');
    await expect(button).toHaveText(action);
    await button.click();
    await expect(this.page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
  }
}
