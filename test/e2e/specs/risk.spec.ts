import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { RiskPage } from '../pages/risk-page';
import { ShellPage } from '../pages/shell-page';
import { expect, test } from '../support/fixtures';

const axeViolations = async (page: import('@playwright/test').Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`);

test('write the plan, add an unacceptable chain, control it with a new requirement and see the residual cell turn acceptable', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const risk = new RiskPage(page);
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

  // The plan: its prose and one click on the acceptability matrix.
  await risk.tab('Plan and overall evaluation').click();
  await page.getByLabel('Scope').fill('BreathWise Home Spirometry app, release 1, home use by adults with asthma or COPD.');
  await page.getByLabel('Criterion for the overall residual risk').fill('Acceptable when every residual risk is acceptable or outweighed by the benefit.');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(risk.status()).toHaveText('Risk management plan saved.');
  await expect(page.getByTestId('plan-missing')).not.toContainText('scope');
  await page.getByRole('button', { name: 'P1 × S5: acceptable. Switch to unacceptable' }).click();
  await page.getByRole('button', { name: 'Save matrix' }).click();
  await expect(page.getByRole('button', { name: 'P1 × S5: unacceptable. Switch to acceptable' })).toBeVisible();
  await page.screenshot({ path: 'test-results/risk-plan.png', fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  // An unacceptable chain: P1 likely × P2 sometimes gives P4, with a critical harm.
  await risk.tab('Risk analysis').click();
  await page.getByRole('button', { name: 'Add risk chain' }).click();
  const chain = page.getByRole('dialog', { name: 'Add a risk chain' });
  await expect(chain).toContainText('a software failure is taken as certain');
  await risk.choose(chain, { Hazard: 'New hazard…', 'Hazardous situation': 'New hazardous situation…', Harm: 'New harm…' });
  await chain.getByLabel('Name of the new hazard', { exact: true }).fill('Wrong FEV1 shown as normal');
  await chain.getByLabel('Name of the new hazardous situation').fill('Patient skips the action plan during an exacerbation');
  await chain.getByLabel('Name of the new harm', { exact: true }).fill('Delayed treatment of an asthma attack');
  await risk.choose(chain, { 'P1: the hazardous situation occurs': '4 — Likely', 'P2: the situation leads to harm': '3 — Sometimes', 'S: severity of the harm': '4 — Critical' });
  expect(await axeViolations(page)).toEqual([]);
  await chain.getByRole('button', { name: 'Add chain' }).click();
  await expect(risk.status()).toHaveText('RISK-1 added: P4 × S4, unacceptable.');
  await expect(risk.row('RISK-1')).toContainText('Unacceptable');
  await expect(risk.cell('Before', 4, 4)).toHaveAccessibleName(/1 chain, unacceptable/);
  await expect(page.getByTestId('heat-residual')).toContainText('1 not estimated yet');

  // A design control that becomes a requirement in the same step.
  const details = page.getByRole('region', { name: 'RISK-1' });
  await details.getByRole('button', { name: 'Add control' }).click();
  const control = page.getByRole('dialog', { name: 'Add a risk control to RISK-1' });
  await expect(control.getByRole('radio').first()).toHaveAccessibleName('Inherent safety by design');
  await control.getByLabel('Control', { exact: true }).fill('Reject manoeuvres that fail the ATS acceptability checks');
  await control.getByLabel('Requirement text').fill('The app shall discard a blow that fails the ATS/ERS acceptability criteria and ask for another.');
  await control.getByRole('button', { name: 'Add control' }).click();
  await expect(risk.status()).toHaveText(/^RC-0*1 added to RISK-1, implemented by REQ-0*1\.$/);
  await expect(risk.row('RISK-1')).toContainText(/RC-0*1 Reject manoeuvres that fail the ATS acceptability checks \(REQ-0*1\)/);

  // Residual risk: the cell turns acceptable and the second heat map moves.
  await details.getByRole('button', { name: 'Set residual risk' }).click();
  const residual = page.getByRole('dialog', { name: 'Residual risk of RISK-1' });
  await risk.choose(residual, { 'P1: the hazardous situation occurs': '2 — Unlikely', 'P2: the situation leads to harm': '2 — Seldom' });
  await expect(residual.getByTestId('residual-preview')).toHaveText('Residual risk P2 × S4: Acceptable');
  await residual.getByRole('button', { name: 'Save residual risk' }).click();
  await expect(risk.status()).toHaveText('RISK-1 residual risk: P2 × S4, acceptable.');
  await expect(risk.row('RISK-1').getByText('Acceptable', { exact: true })).toBeVisible();
  await expect(risk.cell('After', 2, 4)).toHaveAccessibleName(/1 chain, acceptable/);
  await expect(page.getByTestId('heat-residual')).toContainText('0 unacceptable');

  // A heat-map cell filters the table; clicking it again shows every chain.
  await risk.cell('After', 3, 4).click();
  await expect(risk.row('RISK-1')).toHaveCount(0);
  await risk.cell('After', 3, 4).click();
  await risk.cell('After', 2, 4).click();
  await expect(risk.row('RISK-1')).toBeVisible();
  await page.screenshot({ path: 'test-results/risk-analysis.png', fullPage: true });
  await details.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/risk-chain.png' });
  expect(await axeViolations(page)).toEqual([]);

  // The report counts the chain as unacceptable before and acceptable after control.
  await new ShellPage(page).go('Documents');
  const docs = new DocumentsPage(page);
  await docs.createRecordDocument(/Risk management report/, 'RISK-REPORT');
  const report = await docs.exportText(projectDir);
  expect(report).toContain('Risk chains 1 1 Acceptable 0 1 Unacceptable 1 0');
  expect(report).toContain('It cannot be concluded that the risk management plan has been carried out');
});

test('the sample project’s risk file: ten chains, one chosen in full, the heat maps and axe', async ({ page, projectDir }) => {
  test.setTimeout(300_000);
  const home = new HomePage(page);
  const risk = new RiskPage(page);
  await home.goto();
  await home.openSample(join(projectDir, 'sample'));
  await risk.open();
  await expect(page.getByTestId('risk-shown')).toHaveText('10 chains');
  await risk.cell('Before', 4, 4).click();
  await expect(page.getByTestId('risk-shown')).toHaveText(/^\d of 10 chains shown$/);
  await risk.cell('Before', 4, 4).click();
  await page.getByRole('button', { name: 'RISK-5', exact: true }).click();
  await expect(page.getByRole('region', { name: 'RISK-5' })).toContainText('Benefit-risk');
  await page.screenshot({ path: 'test-results/risk-sample.png', fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
});
