import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { RequirementsPage } from '../pages/requirements-page';
import { ShellPage } from '../pages/shell-page';
import { SoftwarePage } from '../pages/software-page';
import { expect, test } from '../support/fixtures';

const CSV = [
  'ID,Title,Description,Type,Verification method,Software item',
  'SRS-10,Flow sampling,"Sample flow at 100 Hz, without gaps.",Performance,Test,ITEM-001',
  'SRS-11,Coaching,"Show ""Blow hard!"" until 6 s of exhalation.",User interface,Demonstration,ITEM-001',
  '',
].join('\r\n');

test('add requirements, edit one in place, import a CSV through the mapping step', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const software = new SoftwarePage(page);
  const requirements = new RequirementsPage(page);
  await home.goto();
  await home.create({
    productName: 'BreathWise',
    manufacturer: 'Alder',
    ownerName: 'Ada Owner',
    email: 'ada@alder.example',
    password: 'alder-owner-pass',
    path: join(projectDir, 'bw'),
  });
  await shell.go('Software');
  await software.addSystem('BreathWise app');
  await software.addChild('SYS-001 BreathWise app', 'item', 'Measurement engine');

  await requirements.open();
  await expect(page.getByTestId('requirements-total')).toContainText('0 requirements');
  await requirements.add({ title: 'FEV1', text: 'Compute FEV1 from each manoeuvre.', source: 'User need' });
  await expect(page.getByRole('status')).toHaveText('REQ-1 added.');
  await requirements.add({ title: 'Alarm', text: 'Alert the clinician on a decline.' });
  await expect(requirements.row('REQ-2')).toBeVisible();

  // Inline edit: focus the title cell, Enter opens the editor, Enter saves; Escape cancels.
  const title = requirements.cell('REQ-1', 2);
  await title.click();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Title of REQ-1' });
  await editor.fill('FEV1 in litres');
  await page.keyboard.press('Enter');
  await expect(requirements.cell('REQ-1', 2)).toHaveText('FEV1 in litres');
  await expect(requirements.cell('REQ-1', 2)).toBeFocused();
  // Arrow keys move; F2 edits a choice; Escape leaves it as it was.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('F2');
  await page.getByRole('combobox', { name: 'Type of REQ-1' }).selectOption('security');
  await page.keyboard.press('Escape');
  await expect(requirements.cell('REQ-1', 4)).toHaveText('Functional');

  // Import: the mapping step proposes columns by header name and previews the rows.
  const dialog = await requirements.importCsv('srs.csv', CSV);
  await expect(dialog.getByText('srs.csv: 2 rows')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Text (required)' })).toHaveValue('Description');
  await expect(dialog.getByRole('cell', { name: 'Show "Blow hard!" until 6 s of exhalation.' })).toBeVisible();
  await page.screenshot({ path: 'test-results/requirements-import.png' });
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(dialog.getByRole('status')).toContainText('2 added, 0 updated, 0 unchanged, 0 skipped.');
  await dialog.getByRole('button', { name: 'Done' }).click();

  await expect(page.getByTestId('requirements-total')).toContainText('4 requirements');
  await expect(requirements.row('SRS-11')).toContainText('ITEM-001');
  await expect(requirements.row('SRS-11')).toContainText('User interface');
  // REQ-2 is allocated to nothing; SRS-10 is class C and complete except its source.
  await expect(requirements.cell('SRS-10', 5)).toHaveText('Needed');
  await page.screenshot({ path: 'test-results/requirements-table.png' });
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
