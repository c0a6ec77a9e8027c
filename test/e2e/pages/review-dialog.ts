import type { Locator } from '@playwright/test';

/**
 * Fills an open verification checklist the way a reviewer who agrees with every point would, then signs
 * it with their password. The result stays "Passed" unless a caller chose otherwise before.
 */
export async function answerReview(dialog: Locator, password: string): Promise<void> {
  for (const group of await dialog.getByRole('group').all()) {
    const yes = group.getByRole('radio', { name: 'Yes', exact: true });
    if ((await yes.count()) > 0) await yes.check();
  }
  await dialog.getByLabel('Your password (electronic signature)').fill(password);
  await dialog.getByRole('button', { name: 'Record and sign' }).click();
}
