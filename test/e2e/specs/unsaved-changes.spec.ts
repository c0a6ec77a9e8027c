import { join } from 'node:path';
import type { Dialog, Locator, Page } from '@playwright/test';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { expect, test } from '../support/fixtures';

// No lost work (issue 17): on every editable screen, typed text that is not saved makes every way of
// leaving ask first — the navigation, a wizard's steps, tabs, closing the project and closing the window.
// Dismissing keeps the screen and the text; accepting leaves.

const OWNER = { name: 'Tomas Lind', email: 'tomas@bolus.example', password: 'bolus-owner-1' };
const QUESTION = 'Some of what you typed is not saved yet. Leave and lose it?';

/** Answers the next confirm dialog and returns its message. */
function answerNext(page: Page, accept: boolean): Promise<string> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog: Dialog) => {
      resolve(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    });
  });
}

/** Types into a field, tries to leave, stays on dismissal with the text kept, and leaves on acceptance. */
async function expectGuarded(page: Page, field: Locator, leave: () => Promise<void>, left: () => Promise<void>) {
  await field.fill('Typed but not saved');
  const stay = answerNext(page, false);
  await leave();
  expect(await stay).toBe(QUESTION);
  await expect(field).toHaveValue('Typed but not saved');
  const go = answerNext(page, true);
  await leave();
  expect(await go).toBe(QUESTION);
  await left();
}

test('typed, unsaved text asks before any way of leaving throws it away', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  await home.goto();
  await home.create({
    productName: 'Bolus Helper',
    manufacturer: 'Lind Diabetes Tools',
    ownerName: OWNER.name,
    email: OWNER.email,
    password: OWNER.password,
    path: join(projectDir, 'bolus'),
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const nav = (label: string) => () => shell.nav.getByRole('button', { name: label, exact: true }).click();
  const on = (heading: string) => () => expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();

  // Product wizard: "Next step" would unmount the step's form.
  await shell.go('Product');
  await page.getByRole('button', { name: 'Next step' }).click();
  const purpose = page.getByRole('textbox', { name: 'Intended purpose' });
  await expectGuarded(
    page,
    purpose,
    () => page.getByRole('button', { name: 'Next step' }).click(),
    () => expect(page.getByRole('heading', { name: /^Step 3 of/ })).toBeVisible(),
  );

  // The same text through the sidebar.
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expectGuarded(page, purpose, nav('Development plan'), on('Development plan'));

  // Development plan: the step text, then the navigation.
  const stepText = page.getByRole('textbox', { name: /text for the plan$/ });
  await expectGuarded(page, stepText, nav('Quality system'), on('Quality system'));

  // Quality system: the company profile.
  await expectGuarded(page, page.getByRole('textbox', { name: 'Legal name' }), nav('Risk management'), on('Risk management'));

  // Risk management plan: switching tabs unmounts the plan form.
  await page.getByRole('tab', { name: 'Plan and overall evaluation' }).click();
  await expectGuarded(
    page,
    page.getByRole('textbox', { name: 'Scope' }),
    () => page.getByRole('tab', { name: 'Risk analysis' }).click(),
    () => expect(page.getByRole('tab', { name: 'Risk analysis' })).toHaveAttribute('aria-selected', 'true'),
  );

  // Closing the project.
  await shell.go('Product');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectGuarded(
    page,
    purpose,
    () => shell.closeProject(),
    () => expect(page.getByRole('heading', { name: 'Open a project' })).toBeVisible(),
  );

  // Closing or reloading the window: the browser's own prompt.
  await home.openRecent('Bolus Helper');
  // The unlock form mounts after the project opens; typing before it has settled can be lost, so wait
  // for it and for the typed values before submitting.
  // The file is encrypted: the owner's e-mail and password unlock it and sign them in, in one step.
  await expect(page.getByRole('heading', { name: /^Unlock / })).toBeVisible();
  const email = page.getByLabel('E-mail', { exact: true });
  await email.fill(OWNER.email);
  await expect(email).toHaveValue(OWNER.email);
  const password = page.getByLabel('Password', { exact: true });
  await password.fill(OWNER.password);
  await expect(password).toHaveValue(OWNER.password);
  await page.getByRole('button', { name: 'Unlock and sign in', exact: true }).click();
  await shell.go('Product');
  await page.getByRole('button', { name: 'Next step' }).click();
  await purpose.fill('Typed before closing the window');
  const prompt = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await prompt).toBe('beforeunload');
});
