import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { HomePage } from '../pages/home-page';
import { RiskPage } from '../pages/risk-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { expect, test } from '../support/fixtures';
import { createRiskProject, RISK_OWNER } from '../support/risk-project';

// Each test builds its project and signs in; on a busy two-core machine that alone can take half a minute.
test.describe.configure({ timeout: 120_000 });

const axeViolations = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`);

/** Opens the prepared risk file as its owner, on the risk screen. */
async function openRiskFile(page: Page, projectDir: string): Promise<RiskPage> {
  const path = await createRiskProject(projectDir);
  const home = new HomePage(page);
  await home.goto();
  await home.openByPath(path);
  await new SignInPage(page).signIn(RISK_OWNER, RISK_OWNER.password);
  await new ShellPage(page).expectSignedIn(RISK_OWNER.name, 'Owner');
  const risk = new RiskPage(page);
  await risk.open();
  return risk;
}

test('edit a chain’s severity and see it move on the heat map, then edit a control’s type and requirements', async ({ page, projectDir }) => {
  const risk = await openRiskFile(page, projectDir);
  await expect(risk.cell('Before', 4, 3)).toHaveAccessibleName(/1 chain, unacceptable/);
  await page.getByRole('button', { name: 'RISK-1', exact: true }).click();
  const details = page.getByRole('region', { name: 'RISK-1' });

  // The chain dialog opens with the chain's own values; a lower severity moves it one cell left.
  await details.getByRole('button', { name: 'Edit chain' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit RISK-1' });
  await expect(edit.getByLabel('S: severity of the harm')).toHaveValue('3');
  await expect(edit.getByLabel('Sequence of events')).toHaveValue('A blow with a cough is accepted.');
  await risk.choose(edit, { 'S: severity of the harm': '2 — Minor' });
  await page.screenshot({ path: 'test-results/risk-edit-chain.png' });
  expect(await axeViolations(page)).toEqual([]);
  await edit.getByRole('button', { name: 'Save chain' }).click();
  await expect(risk.status()).toHaveText('RISK-1 changed: P4 × S2, acceptable.');
  await expect(risk.cell('Before', 4, 3)).toHaveAccessibleName(/0 chains, unacceptable/);
  await expect(risk.cell('Before', 4, 2)).toHaveAccessibleName(/1 chain, acceptable/);

  // The control: unlink its requirement, link an existing one, change its type.
  await details.getByRole('button', { name: /^Edit RC-0*1$/ }).click();
  const control = page.getByRole('dialog', { name: /^Edit RC-0*1$/ });
  const implemented = control.getByTestId('control-requirements');
  await expect(implemented).toContainText('Reject blows that fail the ATS acceptability checks');
  await implemented.getByRole('button', { name: /^Unlink REQ-0*1$/ }).click();
  await expect(implemented).toContainText('No requirement implements this control yet.');
  await implemented.getByLabel('Find a requirement').fill('Cough');
  const option = implemented.getByRole('option', { name: /Cough detection/ });
  await expect(option).toBeAttached();
  await implemented.getByLabel('Existing requirement').selectOption((await option.getAttribute('value')) ?? '');
  await implemented.getByRole('button', { name: 'Link requirement' }).click();
  await expect(implemented.getByRole('listitem')).toHaveText([/REQ-0*2 Cough detection/]);
  await control.getByRole('radio', { name: 'Protective measure' }).check();
  await control.getByRole('checkbox', { name: /could introduce a new hazard/ }).check();
  await expect(control.getByLabel('The new hazard, once analysed')).toBeVisible();
  await page.screenshot({ path: 'test-results/risk-edit-control.png' });
  await implemented.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/risk-edit-control-requirements.png' });
  expect(await axeViolations(page)).toEqual([]);
  await control.getByRole('button', { name: 'Save control' }).click();
  await expect(risk.status()).toHaveText(/^RC-0*1 changed\.$/);
  await expect(details).toContainText('(Protective measure)');
  await expect(details).toContainText(/Implemented by: REQ-0*2 Cough detection/);
  await expect(details).toContainText('may introduce a new hazard');
  await details.screenshot({ path: 'test-results/risk-edit-detail.png' });

  // Removing asks first; the chain's controls go with a second click.
  await details.getByRole('button', { name: /^Remove RC-0*1$/ }).click();
  await details.getByRole('button', { name: /^Confirm removal of RC-0*1$/ }).click();
  await expect(risk.status()).toHaveText(/^RC-0*1 removed\.$/);
  await expect(details).toContainText('No control yet.');
});

test('hazards, situations and harms: a harm in use cannot go, an unused one is renamed and removed', async ({ page, projectDir }) => {
  await openRiskFile(page, projectDir);
  await page.getByRole('button', { name: 'Hazards, situations and harms' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hazards, hazardous situations and harms' });
  await expect(dialog.getByRole('listitem')).toHaveText([/HAZ-0*1 Wrong FEV1 value shown.*used by 1 chain/]);
  await dialog.getByRole('tab', { name: 'Harms' }).click();
  const harms = dialog.getByRole('list', { name: 'Harms' });
  await harms.getByRole('button', { name: /^Remove HARM-0*1 Delayed treatment/ }).click();
  await harms.getByRole('button', { name: /^Confirm removal of HARM-0*1/ }).click();
  await expect(harms.getByRole('alert')).toHaveText(/^HARM-0*1 is used by RISK-1; change or remove those chains first\.$/);

  await harms.getByRole('button', { name: /^Edit HARM-0*2 Anxiety/ }).click();
  const form = harms.getByRole('form', { name: /^Edit HARM-0*2$/ });
  await form.getByLabel('Name').fill('Anxiety and an avoidable clinic visit after a false alarm');
  await form.getByLabel('Description').fill('The patient believes their lung function has dropped when it has not.');
  await page.screenshot({ path: 'test-results/risk-edit-records.png' });
  expect(await axeViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(harms).toContainText('Anxiety and an avoidable clinic visit after a false alarm');
  await expect(harms).toContainText('The patient believes their lung function has dropped');

  await harms.getByRole('button', { name: /^Remove HARM-0*2/ }).click();
  await harms.getByRole('button', { name: /^Confirm removal of HARM-0*2/ }).click();
  await expect(harms.getByRole('listitem')).toHaveCount(1);
});

test('the plan’s scales: a level in use and a mode switch are refused by name, six severities resize the matrix', async ({ page, projectDir }) => {
  const risk = await openRiskFile(page, projectDir);
  await risk.tab('Plan and overall evaluation').click();
  const save = page.getByRole('button', { name: 'Save matrix and scales' });
  const refusal = page.getByRole('region', { name: 'Acceptability matrix' }).getByRole('alert');

  // RISK-1 holds P1 × P2, so switching to a single P is refused, naming it.
  await page.getByRole('radio', { name: 'One probability of harm, P' }).check();
  await expect(page.getByTestId('scale-p1')).toHaveCount(0);
  await save.click();
  await expect(refusal).toHaveText('RISK-1 (initial) holds P1 × P2; re-estimate it before switching how probability is estimated.');
  await page.getByRole('button', { name: 'Undo changes' }).click();

  // RISK-1's P1 is level 4: three P1 levels would orphan it.
  await page.getByTestId('scale-p1').getByLabel('Levels on the P1- scale').selectOption('3');
  await save.click();
  await expect(refusal).toHaveText('P1 level 4 is in use by RISK-1 (initial); change those estimates before removing the level.');
  await page.getByRole('button', { name: 'Undo changes' }).click();

  // A sixth severity: named and defined here, and the matrix grows a column at once.
  const severity = page.getByTestId('scale-severity');
  await severity.getByLabel('Levels on the S scale').selectOption('6');
  await expect(severity.getByLabel('S6 name')).toHaveValue('Level 6');
  await severity.getByLabel('S6 name').fill('Multiple deaths');
  await severity.getByLabel('S6 definition').fill('Death of more than one person.');
  await expect(page.getByRole('button', { name: 'P1 × S6: acceptable. Switch to unacceptable' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'P5 × S6: unacceptable. Switch to acceptable' })).toBeVisible();
  await page.getByRole('heading', { name: 'Severity and probability scales' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/risk-edit-scales.png' });
  await page.getByRole('region', { name: 'Acceptability matrix' }).screenshot({ path: 'test-results/risk-edit-matrix.png' });
  expect(await axeViolations(page)).toEqual([]);
  await save.click();
  await expect(risk.status()).toHaveText('Scales and acceptability matrix saved.');

  await risk.tab('Risk analysis').click();
  await expect(risk.cell('Before', 1, 6)).toHaveAccessibleName(/0 chains, acceptable/);
  await expect(risk.cell('Before', 4, 3)).toHaveAccessibleName(/1 chain, unacceptable/);
});
