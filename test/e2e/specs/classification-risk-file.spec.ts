import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SoftwarePage } from '../pages/software-page';
import { expect, test } from '../support/fixtures';

test('a user classifies from the risk file: picks situations, sees the worst severity, credits an external control', async ({ page, projectDir }) => {
  test.setTimeout(300_000);
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const software = new SoftwarePage(page);
  await home.goto();
  await home.openSample(join(projectDir, 'breathwise'));
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await shell.go('Software');
  const dialog = software.dialog();

  // The app: every situation its software is named a cause of is suggested, and the worst severity of
  // those situations shows beside question 3, with the reminder that software failure is taken as certain.
  await software.classify('SYS-001 BreathWise mobile app', { contributes: 'Yes', acceptable: 'No' });
  const situations = dialog.getByRole('group', { name: /^Hazardous situations from the risk file/ });
  await expect(situations.getByRole('checkbox')).toHaveCount(8);
  await expect(situations.getByRole('checkbox', { checked: true })).toHaveCount(8);
  await expect(dialog.getByText(/software is taken to fail, with certainty/)).toBeVisible();
  await expect(dialog.getByTestId('severity-hint')).toContainText('S4 Critical');
  await expect(dialog.getByTestId('severity-hint')).toContainText('“Serious injury”');
  // With only the data-exposure situation picked, the hint drops to its own harm.
  for (const box of await situations.getByRole('checkbox').all()) await box.uncheck();
  await situations.getByRole('checkbox', { name: /^HS-8 / }).check();
  await expect(dialog.getByTestId('severity-hint')).toContainText('S2 Minor');
  // One control of the sample's risk file works outside the app: RC-13, the patient's action plan, which no
  // software requirement implements (the sample's class B rests on it). The others are listed with the
  // reason they are not offered.
  await expect(dialog.getByRole('checkbox', { name: /^RC-13 Patient action plan/ })).toBeVisible();
  await dialog.getByText(/^Not offered \(12\)/).click();
  await expect(dialog.getByText(/RC-1 Manoeuvre acceptability and repeatability checks: Implemented inside this system/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The portal: pick two situations and credit a control the app implements, an independent system.
  await software.classify('SYS-002 BreathWise clinician portal', { contributes: 'Yes' });
  const portalSituations = dialog.getByRole('group', { name: /^Hazardous situations from the risk file/ });
  await expect(portalSituations.getByRole('checkbox', { name: /^HS-3 / })).toBeChecked();
  await portalSituations.getByRole('checkbox', { name: /^HS-8 / }).uncheck();
  await portalSituations.getByRole('checkbox', { name: /^HS-1 / }).check();
  await software.answer(/^2\./, 'Yes');
  const fromFile = dialog.getByRole('group', { name: 'Controls from the risk file that work outside this system' });
  await expect(fromFile.getByRole('checkbox', { name: /^RC-5 / })).toHaveCount(0);
  await fromFile.getByRole('checkbox', { name: /^RC-2 Discard manoeuvres with lost packets/ }).check();
  // Saving without saying why it is independent is refused at that control's field.
  await dialog.getByRole('button', { name: 'Save classification' }).click();
  const independence = dialog.getByRole('textbox', { name: 'Why control 1 is independent' });
  await expect(independence).toHaveAttribute('aria-invalid', 'true');
  await independence.fill('Runs in the mobile app on the patient’s phone: a portal failure cannot change which manoeuvres the app discards.');
  await expect(dialog.getByText('Derived class:')).toContainText('Class A');
  await page.screenshot({ path: 'test-results/classify-risk-file.png', fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await software.saveClassification('SYS-002 classified as class A.');

  // Opening the wizard again starts from the links the decision made.
  await page.getByRole('button', { name: 'Classify SYS-002 BreathWise clinician portal' }).click();
  await software.answer(/^1\./, 'Yes');
  const again = dialog.getByRole('group', { name: /^Hazardous situations from the risk file/ });
  await expect(again.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expect(again.getByRole('checkbox', { name: /^HS-8 / })).not.toBeChecked();
  await expect(again.getByRole('checkbox', { name: /^HS-1 / })).toBeChecked();
});
