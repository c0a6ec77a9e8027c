import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { PlanPage } from '../pages/plan-page';
import { ProductPage } from '../pages/product-page';
import { ShellPage } from '../pages/shell-page';
import { SoftwarePage } from '../pages/software-page';
import { expect, test } from '../support/fixtures';

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

test('profile, software tree, classification and the compliance plan', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const product = new ProductPage(page);
  const software = new SoftwarePage(page);
  const plan = new PlanPage(page);
  await home.goto();
  await home.create({
    productName: 'GlucoTrend',
    manufacturer: 'Trend Medical',
    ownerName: 'Ines Owner',
    email: 'ines@trend.example',
    password: 'trend-owner-pass',
    path: join(projectDir, 'glucotrend'),
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  await shell.go('Product');
  await expect(product.step('identity')).toContainText('Done');
  await expect(product.step('purpose')).toContainText('Missing: intended purpose');
  // Saving an unchanged step is caught before the core refuses it.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText('Nothing has changed since the last save.');
  await product.fill({
    intendedPurpose: 'Shows glucose trends from a paired meter to help adults with diabetes adjust insulin with their clinician.',
    intendedUsers: 'Adults with type 1 or type 2 diabetes and their diabetes nurses.',
    patientPopulation: 'Adults over 18 with diabetes treated with insulin.',
    useEnvironment: 'Home and outpatient clinic.',
    markets: ['European Union (MDR)', 'United States (FDA)'],
    softwareForm: 'Part of a hardware device',
    hardwareDevice: 'TrendMeter 2 glucose meter',
  });
  await page.screenshot({ path: 'test-results/product.png', fullPage: true });
  await expectNoViolations(page, 'product');

  // The tree: a system with two items; unclassified counts as class C.
  await shell.go('Software');
  await software.addSystem('GlucoTrend app');
  await expect(software.row('SYS-001')).toContainText('Class C');
  await expect(software.row('SYS-001')).toContainText('treated as class C until classified');
  await software.addChild('SYS-001 GlucoTrend app', 'item', 'Trend engine');
  await software.addChild('SYS-001 GlucoTrend app', 'item', 'Help pages');
  await expect(software.row('ITEM-001')).toContainText('inherited from its parent');
  // A unit goes under an item only; a system with children cannot be removed.
  await expect(software.row('SYS-001').getByRole('button', { name: /^Add unit/ })).toHaveCount(0);
  await software
    .row('SYS-001')
    .getByRole('button', { name: /^Remove/ })
    .click();
  await expect(software.node('SYS-001').getByRole('alert')).toBeVisible();
  await software
    .row('ITEM-002')
    .getByRole('button', { name: /^Rename/ })
    .click();
  await page.getByRole('textbox', { name: 'New name for ITEM-002' }).fill('Help and labelling pages');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(software.row('ITEM-002')).toContainText('Help and labelling pages');
  await page.screenshot({ path: 'test-results/software.png', fullPage: true });
  await expectNoViolations(page, 'software');

  // Software that only keeps and passes data on is not medical device software: no class, the standard does not apply.
  await page.getByRole('button', { name: 'Classify SYS-001 GlucoTrend app' }).click();
  await software.answer(/^0\./, 'Not sure, or no: check it');
  await software.answer(/drive or influence a hardware medical device/, 'No');
  await software.answer(/more with the data than store/, 'No');
  const notApplicable = software.dialog().getByTestId('not-applicable');
  await expect(notApplicable).toContainText('IEC 62304 does not apply');
  await expect(notApplicable).toContainText('Not medical device software (MDCG 2019-11): it only stores, archives, sends, compresses without loss or searches data.');
  await expect(software.dialog().getByRole('group', { name: /^1\./ })).toHaveCount(0);
  await expect(software.dialog().getByRole('button', { name: 'Save classification' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/classify-not-applicable.png', fullPage: true });
  await software.dialog().getByRole('button', { name: 'Cancel' }).click();

  // A contradiction shows while answering, in words, before anything is saved.
  await software.classify('SYS-001 GlucoTrend app', { contributes: 'Yes', acceptable: 'No', harm: 'No injury' });
  const contradiction = software.dialog().getByTestId('contradiction');
  await expect(contradiction).toHaveText(/^Contradicts the answer that the risk is not acceptable with external controls alone/);
  await expect(contradiction).not.toHaveText(/[a-z]+[A-Z][a-zA-Z]*/);
  await page.screenshot({ path: 'test-results/classify-contradiction.png', fullPage: true });
  // Classify the system as C: contributes, not acceptable with external controls, worst harm death.
  await software.answer(/^3\./, 'Death');
  await expect(contradiction).toHaveCount(0);
  await expect(software.dialog().getByText('Derived class:')).toContainText('Class C');
  await page.screenshot({ path: 'test-results/classify.png', fullPage: true });
  await expectNoViolations(page, 'classification dialog');
  await software.saveClassification('SYS-001 classified as class C.');
  await expect(software.row('SYS-001')).toContainText('Class C');
  await expect(software.row('SYS-001')).toContainText('classified');

  // Lower one item to A: the core refuses until the verification is given, and says so at that field.
  await page.getByRole('button', { name: 'Lower the class of ITEM-002 Help and labelling pages' }).click();
  await software.dialog().getByRole('combobox', { name: 'Class' }).selectOption('A');
  await software.dialog().getByRole('textbox', { name: 'Segregation rationale' }).fill('Static pages served read-only; no path to dosing data.');
  await software.dialog().getByRole('button', { name: 'Save class' }).click();
  const verification = software.dialog().getByRole('textbox', { name: 'How the segregation is verified' });
  await expect(verification).toHaveAttribute('aria-invalid', 'true');
  await expect(verification).toHaveAccessibleDescription(/say how the segregation is shown to be effective/);
  await verification.fill('Architecture review and a test that the help module has no import of the trend engine.');
  await software.dialog().getByRole('button', { name: 'Save class' }).click();
  await expect(page.getByRole('status')).toHaveText('ITEM-002 is now class A.');
  await expect(software.row('ITEM-002')).toContainText('Class A');
  await expect(software.row('ITEM-002')).toContainText('lowered by segregation');
  await page.screenshot({ path: 'test-results/software-classified.png', fullPage: true });

  // The plan follows the project class: C requires 91 clauses, B 85.
  await shell.go('Compliance plan');
  await expect(page.getByRole('heading', { name: /^Project class/ })).toContainText('Class C');
  await expect(plan.requiredCount).toHaveText(/^91 of \d+ clauses required$/);
  await page.screenshot({ path: 'test-results/plan-c.png', fullPage: true });
  await expectNoViolations(page, 'compliance plan');

  await shell.go('Software');
  await software.classify('SYS-001 GlucoTrend app', { contributes: 'Yes', acceptable: 'No', harm: 'Non-serious injury' });
  await expect(software.dialog().getByRole('region', { name: 'Earlier classifications' })).toContainText('Class C');
  await software.saveClassification('SYS-001 classified as class B.');
  await shell.go('Compliance plan');
  await expect(page.getByRole('heading', { name: /^Project class/ })).toContainText('Class B');
  await expect(plan.requiredCount).toHaveText(/^85 of \d+ clauses required$/);

  // Nothing recorded: every clause reads from its records, none is done.
  await expect(plan.progress('5')).toContainText(/^5\. Software development\s*0 of \d+ done$/);
  await expect(page.getByTestId('clause-state-5.1.1')).toHaveText('Not started — from the records');
  // A clause marked satisfied by hand first asks what shows it, and moves its process forward.
  await plan.status('5.1.1').selectOption({ label: 'Satisfied (marked by hand)' });
  await page.getByRole('textbox', { name: 'What shows 5.1.1 is satisfied' }).fill('The plan lives in the company wiki, page DEV-7.');
  await page.getByRole('button', { name: 'Save justification' }).click();
  await expect(page.getByTestId('clause-state-5.1.1')).toHaveText('Done — marked by hand');
  await expect(plan.progress('5')).toContainText(/1 of \d+ done$/);
  await expect(plan.progress('overall')).toContainText(/1 of 85 done$/);

  // Not applicable asks for a justification first.
  await plan.status('5.1.2').selectOption({ label: 'Not applicable' });
  await page.getByRole('button', { name: 'Save justification' }).click();
  await expect(page.getByRole('textbox', { name: 'Why 5.1.2 does not apply' })).toHaveAccessibleDescription('Say why this clause does not apply.');
  await page.getByRole('textbox', { name: 'Why 5.1.2 does not apply' }).fill('The plan is kept in the quality system, not per product.');
  await page.getByRole('button', { name: 'Save justification' }).click();
  await expect(page.getByTestId('clause-5.1.2')).toContainText('The plan is kept in the quality system');
  await expect(plan.status('5.1.2')).toHaveValue('not_applicable');
  await page.screenshot({ path: 'test-results/plan-b.png' });
});
