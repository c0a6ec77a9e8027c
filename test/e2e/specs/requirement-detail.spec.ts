import AxeBuilder from '@axe-core/playwright';
import type { Dialog, Page } from '@playwright/test';
import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { RequirementsPage } from '../pages/requirements-page';
import { expect, test } from '../support/fixtures';

// Requirements you can find and edit (issue 17): a row opens a panel with every field, the items, the trace
// links (suspect ones with "mark reviewed") and the history, by mouse and by keyboard; inline editing stays.

/** Answers the next confirm dialog and returns its message. */
function answerNext(page: Page, accept: boolean): Promise<string> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog: Dialog) => {
      resolve(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    });
  });
}

test('a requirement opens in a detail panel by mouse and keyboard, saves, reviews its suspect links and guards typed text', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const requirements = new RequirementsPage(page);
  await home.goto();
  await home.openSample(join(projectDir, 'sample'));
  await requirements.open();
  await expect(page.getByText('Click a row, or press Enter on its ID')).toBeVisible();

  // Mouse: one click on the row shows the whole requirement.
  await requirements.cell('REQ-3', 3).click();
  const panel = page.getByRole('region', { name: /^REQ-3 / });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Title' })).toHaveValue('Detect lost packets');
  await expect(panel.getByRole('combobox', { name: /^Status/ })).toHaveValue('verified');
  await expect(panel.getByRole('textbox', { name: /^Acceptance criteria/ })).not.toHaveValue('');
  // Its items, its links from both sides, its history.
  await expect(panel.getByText('This requirement is implemented in ITEM-001')).toBeVisible();
  await expect(panel.getByText(/^RC-2 .* is implemented by this requirement$/)).toBeVisible();
  await expect(panel.getByText(/^TC-3 .* verifies this requirement$/)).toBeVisible();
  await expect(panel.getByRole('list').last()).toContainText('REQ-3 added');
  await expect(panel.getByText('Suspect', { exact: true })).toHaveCount(0);

  // Saving through the contract: a verified requirement's links turn suspect, and each can be marked reviewed.
  const criteria = panel.getByRole('textbox', { name: /^Acceptance criteria/ });
  await criteria.fill('No more than one lost packet in 10 000 goes unreported.');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').first()).toHaveText('REQ-3 saved.');
  await expect(requirements.cell('REQ-3', 6)).toHaveText('No more than one lost packet in 10 000 goes unreported.');
  await expect(panel.getByText('REQ-3 changed: acceptanceCriteria', { exact: false })).toBeVisible();
  await expect(panel.getByText('Suspect', { exact: true })).toHaveCount(4);
  // The grid's suspect marker shows whole, not cut off by the column (issue 17).
  const itemsCell = requirements.cell('REQ-3', 9);
  const marker = itemsCell.getByText('suspect', { exact: true });
  await expect(marker).toBeVisible();
  const [cellBox, markerBox] = [await itemsCell.boundingBox(), await marker.boundingBox()];
  expect(markerBox && cellBox && markerBox.x + markerBox.width <= cellBox.x + cellBox.width).toBe(true);
  expect(await marker.evaluate((m) => m.scrollWidth <= m.clientWidth)).toBe(true);
  await page.screenshot({ path: 'test-results/requirement-detail-suspect.png' });
  expect((await new AxeBuilder({ page }).include('[data-testid="requirement-detail"]').analyze()).violations.map((v) => v.id)).toEqual([]);
  await panel.getByRole('button', { name: 'Mark reviewed the link to ITEM-001' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Link marked reviewed.');
  await expect(panel.getByText('Suspect', { exact: true })).toHaveCount(3);
  await panel.getByRole('button', { name: 'Mark all 3 suspect links reviewed' }).click();
  await expect(panel.getByText('Suspect', { exact: true })).toHaveCount(0);
  await expect(panel.getByText(/^Reviewed .* by Dr\. Miriam Okafor$/).first()).toBeVisible();

  // Typed but unsaved text: opening another row asks; staying keeps the text, leaving opens the other one.
  const title = panel.getByRole('textbox', { name: 'Title' });
  await title.fill('Typed but not saved');
  const stay = answerNext(page, false);
  await requirements.cell('REQ-4', 3).click();
  expect(await stay).toBe('Some of what you typed is not saved yet. Leave and lose it?');
  await expect(title).toHaveValue('Typed but not saved');
  const go = answerNext(page, true);
  await requirements.cell('REQ-4', 3).click();
  await go;
  await expect(page.getByRole('region', { name: /^REQ-4 / })).toBeVisible();

  // Keyboard: Enter on an ID opens the panel with the focus in it; Escape closes it and returns to the grid.
  await requirements.cell('REQ-4', 1).click();
  await page.keyboard.press('ArrowDown');
  await expect(requirements.cell('REQ-5', 1)).toBeFocused();
  await page.keyboard.press('Enter');
  const fifth = page.getByRole('region', { name: /^REQ-5 / });
  await expect(fifth.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(fifth).toBeHidden();
  await expect(requirements.cell('REQ-5', 1)).toBeFocused();

  // Inline editing stays a shortcut: a double click edits the cell in place.
  await requirements.cell('REQ-5', 2).dblclick();
  const editor = page.getByRole('textbox', { name: 'Title of REQ-5' });
  await editor.fill('Compute FEV1, FVC and their ratio');
  await page.keyboard.press('Enter');
  await expect(requirements.cell('REQ-5', 2)).toHaveText('Compute FEV1, FVC and their ratio');
  await expect(page.getByRole('region', { name: /^REQ-5 / }).getByRole('textbox', { name: 'Title' })).toHaveValue('Compute FEV1, FVC and their ratio');
});
