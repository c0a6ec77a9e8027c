import type { Dialog, Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import type { SCREEN_LABELS } from '../../../renderer/src/stores/nav-store';
import { expect, test } from '../support/fixtures';

// No lost work, anywhere (issue 17): on the sample project, every editable screen and dialog asks before
// typed, unsaved text is thrown away. Screens are left through the navigation; dialogs through Escape.
// Dismissing keeps the text where it was; accepting leaves. One table keeps the walk cheap to extend.

const QUESTION = 'Some of what you typed is not saved yet. Leave and lose it?';
type Screen = (typeof SCREEN_LABELS)[keyof typeof SCREEN_LABELS];

/** Answers the next confirm dialog and returns its message. */
function answerNext(page: Page, accept: boolean): Promise<string> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog: Dialog) => {
      resolve(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    });
  });
}

/** A screen's editable field, reached from the screen as a user would (a row opened, an editor started). */
interface ScreenCase {
  screen: Screen;
  field: (page: Page) => Promise<Locator>;
}

/** A dialog opened from a screen, and the field typed into in it. */
interface DialogCase {
  screen: Screen;
  open: (page: Page) => Promise<void>;
  dialog: string | RegExp;
  field: (dialog: Locator) => Locator;
}

const SCREENS: ScreenCase[] = [
  {
    screen: 'Requirements',
    field: async (page) => {
      await page.getByRole('grid', { name: 'Software requirements' }).getByRole('gridcell', { name: 'REQ-1', exact: true }).click();
      return page.getByRole('region', { name: /^REQ-1 / }).getByRole('textbox', { name: 'Title' });
    },
  },
  { screen: 'Software', field: async (page) => page.getByRole('textbox', { name: 'System name' }) },
  {
    screen: 'Tests',
    field: async (page) => {
      await page.getByRole('button', { name: 'New test case' }).click();
      return page.getByRole('region', { name: 'New test case' }).getByLabel('Title');
    },
  },
  { screen: 'Releases', field: async (page) => page.getByRole('main').getByLabel('New version') },
  { screen: 'Team', field: async (page) => page.getByRole('region', { name: 'Add a team member' }).getByLabel('Name') },
  { screen: 'Product', field: async (page) => page.getByRole('main').getByRole('textbox').first() },
  { screen: 'Quality system', field: async (page) => page.getByRole('textbox', { name: 'Legal name' }) },
];

const DIALOGS: DialogCase[] = [
  {
    screen: 'Requirements',
    open: (page) => page.getByRole('button', { name: 'Add requirement' }).click(),
    dialog: 'Add a requirement',
    field: (dialog) => dialog.getByRole('textbox', { name: 'Title' }),
  },
  {
    screen: 'Requirements',
    open: (page) => page.getByRole('button', { name: 'Review checklist…' }).click(),
    dialog: /^Software requirements verification/,
    field: (dialog) => dialog.getByLabel('What was reviewed'),
  },
  {
    screen: 'Architecture',
    open: (page) =>
      page
        .getByRole('region', { name: /^Interfaces/ })
        .getByRole('button', { name: 'Add interface' })
        .click(),
    dialog: /interface/i,
    field: (dialog) => dialog.getByLabel('Interface name'),
  },
  {
    screen: 'Verification records',
    open: (page) => page.getByRole('button', { name: 'Record verification…' }).click(),
    dialog: /^Software unit verification/,
    field: (dialog) => dialog.getByLabel('Commit or pull request'),
  },
  {
    screen: 'Problem reports',
    open: (page) => page.getByRole('button', { name: 'Report a problem…' }).click(),
    dialog: 'Report a problem',
    field: (dialog) => dialog.getByLabel('Title'),
  },
];

test('every editable screen and dialog of the sample asks before typed, unsaved text is lost', async ({ page, projectDir }) => {
  // Twelve places, each typed into and left twice, on the sample project.
  test.setTimeout(240_000);
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  await home.goto();
  await home.openSample(join(projectDir, 'sample'));

  for (const { screen, field: find } of SCREENS) {
    await shell.go(screen);
    const field = await find(page);
    await field.fill('Typed but not saved', { timeout: 10_000 });
    const stay = answerNext(page, false);
    await shell.nav.getByRole('button', { name: 'Dashboard', exact: true }).click();
    expect(await stay, `${screen} asks`).toBe(QUESTION);
    await expect(field, `${screen} keeps the text`).toHaveValue('Typed but not saved');
    const go = answerNext(page, true);
    await shell.nav.getByRole('button', { name: 'Dashboard', exact: true }).click();
    await go;
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  }

  for (const { screen, open, dialog: name, field: find } of DIALOGS) {
    await shell.go(screen);
    await open(page);
    const dialog = page.getByRole('dialog', { name });
    const field = find(dialog);
    await field.fill('Typed but not saved', { timeout: 10_000 });
    const stay = answerNext(page, false);
    await page.keyboard.press('Escape');
    expect(await stay, `${screen}: ${String(name)} asks`).toBe(QUESTION);
    await expect(field, `${screen}: ${String(name)} keeps the text`).toHaveValue('Typed but not saved');
    // Cancel and Close ask the same way as Escape.
    const go = answerNext(page, true);
    await dialog.getByRole('button', { name: /^Close / }).click();
    await go;
    await expect(dialog).toHaveCount(0);
    // Nothing typed: the dialog closes without a question.
    await open(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  }
});
