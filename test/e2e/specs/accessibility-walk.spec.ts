import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SCREEN_LABELS } from '../../../renderer/src/stores/nav-store';
import { expect, test } from '../support/fixtures';

// The accessibility walk (issue 17): axe finds nothing on any screen, any tab and any dialog of the sample
// project. The same pass checks the visible text for doubled full stops (".." — an ellipsis "…" is fine).
// Findings are gathered over the whole walk and compared once, so one run names every problem.

type Screen = (typeof SCREEN_LABELS)[keyof typeof SCREEN_LABELS];

/** A dialog the sample can open: the screen, how to open it and the dialog's accessible name. */
interface DialogCase {
  screen: Screen;
  open: (page: Page) => Promise<void>;
  name: string | RegExp;
}

const button = (name: string | RegExp) => (page: Page) =>
  page
    .getByRole('main')
    .getByRole('button', { name, exact: typeof name === 'string' })
    .first()
    .click();

const DIALOGS: DialogCase[] = [
  { screen: 'Requirements', open: button('Add requirement'), name: 'Add a requirement' },
  { screen: 'Requirements', open: button('Import…'), name: 'Import requirements' },
  { screen: 'Requirements', open: button('Review checklist…'), name: /^Software requirements verification/ },
  { screen: 'Risk management', open: button('Hazards, situations and harms'), name: 'Hazards, hazardous situations and harms' },
  { screen: 'Risk management', open: button('Add risk chain'), name: /risk chain/i },
  { screen: 'Risk management', open: button('Import CSV or Excel…'), name: 'Import a risk table' },
  { screen: 'Architecture', open: button('Add interface'), name: /interface/i },
  { screen: 'Verification records', open: button('Record verification…'), name: /^Software unit verification/ },
  { screen: 'Tests', open: button('Start a run…'), name: /run/i },
  { screen: 'Tests', open: button('Import JUnit…'), name: /JUnit/ },
  { screen: 'SOUP', open: button(/^Import/), name: /^Import SOUP/ },
  { screen: 'Problem reports', open: button('Report a problem…'), name: 'Report a problem' },
  { screen: 'Change requests', open: button('New change request…'), name: /change request/i },
  { screen: 'Documents', open: button('New document…'), name: /document/i },
  { screen: 'Documents', open: button('Export technical file…'), name: /technical file/i },
  { screen: 'Software', open: button(/^Classify /), name: /^Classify|classification/i },
];

/**
 * axe's findings and any doubled full stop in the visible text, each prefixed with where they were seen.
 * `scope` narrows both to a part of the page (a screen's main area, an open dialog): the shell around it
 * is the same on every screen and is checked in full once, which keeps each pass cheap.
 */
async function findings(page: Page, where: string, scope?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (scope ? builder.include(scope) : builder).analyze();
  const axe = results.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
  );
  const text = await page
    .locator(scope ?? 'body')
    .first()
    .innerText();
  const doubled = [...text.matchAll(/.{0,30}[^.\s]\.\.(?!\.).{0,20}/g)].map((m) => `${where}: text has "..": ${m[0]}`);
  return [...axe, ...doubled];
}

/** Waits until a screen has finished loading what it shows. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('main').getByText(/^Loading/)).toHaveCount(0);
}

/**
 * The screens in parts small enough for one test each (an axe pass over a full screen takes seconds on a
 * busy machine). Every screen is in exactly one part: the first test below fails when a screen is added
 * to the navigation and not here.
 */
const SCREEN_PARTS: readonly (readonly Screen[])[] = [
  ['Dashboard', 'Compliance plan'],
  ['Consistency check', 'Documents', 'Product', 'Software'],
  ['Development plan', 'Requirements'],
  ['Risk management'],
  ['Architecture', 'Verification records', 'SOUP'],
  ['Tests', 'Traceability'],
  ['Problem reports', 'Change requests', 'Releases', 'Team'],
  ['Quality system', 'Audit trail'],
];

test('the walk covers every screen of the navigation once', () => {
  expect(SCREEN_PARTS.flat().toSorted()).toEqual(Object.values(SCREEN_LABELS).toSorted());
});

for (const [index, screens] of SCREEN_PARTS.entries()) {
  test(`axe finds no violations and no text has ".." on ${screens.join(', ')} with every tab (part ${index + 1})`, async ({ page, projectDir }) => {
    const home = new HomePage(page);
    const shell = new ShellPage(page);
    const failedAssets: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && !new URL(response.url()).pathname.startsWith('/api/')) failedAssets.push(`${response.status()} ${response.url()}`);
    });
    await home.goto();
    await home.openSample(join(projectDir, 'sample'));
    const found: string[] = [];
    for (const [n, screen] of screens.entries()) {
      await shell.go(screen);
      await settled(page);
      found.push(...(await findings(page, screen, n === 0 ? undefined : 'main')));
      const names = await page.getByRole('main').getByRole('tab').allInnerTexts();
      for (const name of names.slice(1)) {
        await page.getByRole('main').getByRole('tab', { name, exact: true }).click();
        await settled(page);
        found.push(...(await findings(page, `${screen} ▸ ${name}`, 'main')));
      }
    }
    expect(found).toEqual([]);
    // Nothing the page loads by itself is missing (the favicon once was, on every load).
    expect(failedAssets).toEqual([]);
  });
}

const DIALOG_PARTS = [DIALOGS.slice(0, 5), DIALOGS.slice(5, 10), DIALOGS.slice(10)];

for (const [index, dialogs] of DIALOG_PARTS.entries()) {
  test(`axe finds no violations and no text has ".." in the sample's dialogs (part ${index + 1})`, async ({ page, projectDir }) => {
    const home = new HomePage(page);
    const shell = new ShellPage(page);
    await home.goto();
    await home.openSample(join(projectDir, 'sample'));
    const found: string[] = [];
    for (const { screen, open, name } of dialogs) {
      await shell.go(screen);
      await settled(page);
      await open(page);
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog, `${screen}: ${String(name)}`).toBeVisible();
      await expect(dialog.getByText(/^Loading/)).toHaveCount(0);
      found.push(...(await findings(page, `${screen}: ${String(name)}`, 'dialog[open]')));
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    }
    expect(found).toEqual([]);
  });
}
