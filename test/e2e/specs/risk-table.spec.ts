import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { RiskPage } from '../pages/risk-page';
import { RiskTablePage } from '../pages/risk-table-page';
import { expect, test } from '../support/fixtures';

const axeViolations = async (page: import('@playwright/test').Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`);

// A sheet from a team's spreadsheet: German hazard header that Cairn cannot guess, one row with a
// severity off the plan's scale. Fixed, the same sheet imports three chains.
const HEADER = 'Gefahr,Hazardous situation,Harm,P1,P2,Severity,Controls,Control type';
const ROWS = [
  'Wrong FEV1 shown as normal,Patient skips the action plan,Delayed treatment of an asthma attack,4,3,4,,',
  'Wrong FEV1 shown as normal,Clinician misreads the home trend,Delayed treatment of an asthma attack,2,2,3,,',
  'Stale sync,Patient trusts an old trend,Missed exacerbation,3,3,4,Sync age banner,protective-measure',
];
const csv = (rows: string[]) => [HEADER, ...rows].join('\n');

test('import a risk table through the mapping step, group it by hazard, edit a level from the keyboard and export it', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const risk = new RiskPage(page);
  const table = new RiskTablePage(page);
  await home.goto();
  await home.create({
    productName: 'BreathWise',
    manufacturer: 'Alder',
    ownerName: 'Ada Owner',
    email: 'ada@alder.example',
    password: 'alder-owner-pass',
    path: join(projectDir, 'bw'),
  });
  await risk.open();

  // Mapping: the hazard column is not recognised, so it is picked by hand; a bad row blocks the import.
  await page.getByRole('button', { name: 'Import CSV or Excel…' }).click();
  const dialog = table.importDialog();
  await table.chooseCsv('fmea.csv', csv([ROWS[0] as string, ROWS[1]?.replace(',2,2,3,', ',2,2,9,') as string, ROWS[2] as string]));
  await expect(dialog).toContainText('fmea.csv: 3 rows, 8 columns. Cairn proposed a mapping');
  await expect(dialog.getByLabel('Hazard (required)')).toHaveValue('');
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose a column for Hazard.');
  await dialog.getByLabel('Hazard (required)').selectOption('Gefahr');
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await expect(dialog.getByTestId('risk-import-problems')).toContainText('1 row needs fixing before anything is imported');
  await expect(dialog.getByTestId('risk-import-problems')).toContainText('Line 3: S is 9 but its scale has levels 1 to 5.');
  await expect(dialog.getByRole('button', { name: 'Import 3 chains' })).toBeDisabled();
  expect(await axeViolations(page)).toEqual([]);

  // The fixed file: the mapping used is saved only by an import, so Cairn proposes again and the hazard is picked again.
  await dialog.getByRole('button', { name: 'Back to the mapping' }).click();
  await dialog.getByRole('button', { name: 'Choose another file' }).click();
  await table.chooseCsv('fmea.csv', csv(ROWS));
  await dialog.getByLabel('Hazard (required)').selectOption('Gefahr');
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await expect(dialog.getByTestId('risk-import-ready')).toHaveText('All 3 rows can be imported.');
  await page.screenshot({ path: 'test-results/risk-import.png', fullPage: true });
  await dialog.getByRole('button', { name: 'Import 3 chains' }).click();
  await expect(dialog.getByRole('status')).toContainText('3 risk chains imported; new: 2 hazards, 3 hazardous situations, 2 harms, 1 risk controls.');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('risk-shown')).toHaveText('3 chains');

  // The same header line next time: the saved mapping is offered.
  await page.getByRole('button', { name: 'Import CSV or Excel…' }).click();
  await table.chooseCsv('more.csv', csv([ROWS[2] as string]));
  await expect(dialog).toContainText('The mapping you used last time for these columns is filled in.');
  await expect(dialog.getByLabel('Hazard (required)')).toHaveValue('Gefahr');
  await page.keyboard.press('Escape');

  // Group by hazard: a header per hazard with its count, folded and unfolded from the keyboard.
  await page.getByLabel('Group by').selectOption('hazard');
  const wrongFev1 = table.groupHeader(/HAZ-1 Wrong FEV1 shown as normal/);
  await expect(wrongFev1).toContainText('2 chains');
  await expect(table.groupHeader(/HAZ-2 Stale sync/)).toContainText('1 chain');
  await wrongFev1.click();
  await expect(table.row('RISK-1')).toHaveCount(0);
  await expect(wrongFev1).toHaveAttribute('aria-expanded', 'false');
  await wrongFev1.press('Enter');
  await expect(table.row('RISK-1')).toBeVisible();
  await page.screenshot({ path: 'test-results/risk-table-grouped.png', fullPage: true });

  // Keyboard grid: from RISK-2's ID to its severity (ID, hazard, situation, harm, P1, P2, S), edit with Enter.
  await table.cell('RISK-2', 0).click();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(table.cell('RISK-2', 6)).toBeFocused();
  await expect(table.cell('RISK-2', 6)).toHaveText('S3');
  await page.keyboard.press('Enter');
  const editor = page.getByRole('combobox', { name: 'S of RISK-2' });
  await expect(editor).toBeFocused();
  await editor.selectOption('5');
  await page.keyboard.press('Enter');
  const status = risk.status();
  await expect(status).toHaveText(/^RISK-2 initial risk: P\d × S5, (un)?acceptable\.$/);
  const p = Number(/P(\d) × S5/.exec((await status.textContent()) ?? '')?.[1]);
  await expect(risk.cell('Before', p, 5)).toHaveAccessibleName(/: 1 chain/);
  await expect(risk.cell('Before', p, 3)).toHaveAccessibleName(/: 0 chains,/);
  await expect(table.cell('RISK-2', 6)).toHaveText('S5');
  await expect(table.cell('RISK-2', 6)).toBeFocused();

  // A refusal shows its message: lowering the residual severity with no control on the chain.
  await page.keyboard.press('End');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: 'Res. S of RISK-2' }).selectOption('1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('has no risk control');

  // Enter on the ID opens the chain beside the table.
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'RISK-2' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Export: the CSV downloads and names every chain with its levels.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('BreathWise-risks.csv');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).toContain('Risk ID,Hazard,Hazard category,Sequence of events,Hazardous situation,Harm,P1,P2,Severity');
  expect(text).toContain('RISK-2,Wrong FEV1 shown as normal,other,,Clinician misreads the home trend,Delayed treatment of an asthma attack,2,2,5,,,,,,');
  await expect(risk.status()).toHaveText('Exported 3 risk chains to BreathWise-risks.csv.');
});
