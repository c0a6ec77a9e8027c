import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { ChangesPage } from '../pages/changes-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { TracePage } from '../pages/trace-page';
import { expect, test } from '../support/fixtures';

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

test('raise a problem, open a change from it, assess significance, approve with the password and see the links turn suspect', async ({ page, projectDir }) => {
  test.setTimeout(300_000);
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const changes = new ChangesPage(page);
  await home.goto();
  await home.openSample(join(projectDir, 'sample'));

  await shell.go('Problem reports');
  await expect(page.getByRole('figure')).toContainText('problems (');
  await changes.reportProblem('Spirometer disconnects when the phone locks mid-blow', 'high');
  await expect(page.getByRole('heading', { level: 2, name: /PR-003 Spirometer disconnects/ })).toBeVisible();
  await expect(page.getByText('Evaluate whether the problem affects safety (9.2).')).toBeVisible();
  await page.screenshot({ path: 'test-results/changes-problems.png', fullPage: true });
  await expectNoViolations(page, 'problem reports');

  await page.getByRole('button', { name: 'Open a change request from PR-003' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change requests' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /CR-002 Fix: Spirometer disconnects/ })).toBeVisible();

  await page.getByRole('button', { name: 'Choose targets…' }).click();
  const targets = changes.dialog('What CR-002 changes');
  await targets.getByLabel(/Spirometer link$/).check();
  await targets.getByRole('button', { name: 'Save targets' }).click();
  await expect(targets).toBeHidden();
  const tests = page.getByRole('region', { name: 'Tests to re-run (regression proposal)' });
  await expect(page.getByRole('region', { name: 'Software items' })).toContainText('Spirometer link — a target of the change');
  await expect(page.getByRole('region', { name: 'SOUP' })).toContainText('react-native-ble-plx');
  await expect(tests).toBeVisible();

  await page.getByLabel(/Safety analysis/).fill('Keeping the link alive while locked adds no cause; the acceptability checks still reject a broken blow.');
  await page.getByLabel('New or changed risk controls needed? (7.4.1)').selectOption('no');
  await page.getByRole('button', { name: 'Save CR-002' }).click();
  await expect(page.getByText('CR-002 saved.')).toBeVisible();
  await expect(page.getByText('Write the safety analysis of the change (7.4).')).toBeHidden();

  await page.getByRole('button', { name: 'Assess EU significance…' }).click();
  const wizard = changes.dialog('EU significance (MDCG 2020-3)');
  await expect(wizard.getByRole('group')).toContainText('Is the change purely administrative?');
  await expectNoViolations(page, 'significance wizard');
  await changes.answer(['No', 'No', 'No', 'No', 'No', 'No', 'No', 'No']);
  await expect(wizard.getByRole('group')).toContainText('Question 9 · Chart C: software');
  await changes.answer(['Yes']);
  await expect(wizard).toContainText('Outcome: Significant change');
  await expect(wizard).toContainText('C2: Does the change alter the architecture, the database structure or an algorithm? — yes');
  await wizard.getByLabel('Rationale for the outcome').fill('The reconnection logic changes the architecture of the spirometer link.');
  await page.screenshot({ path: 'test-results/changes-wizard.png' });
  await wizard.getByRole('button', { name: 'Save the assessment' }).click();
  await expect(wizard).toBeHidden();
  await expect(page.getByText(/EU \(MDCG 2020-3\):.*Significant change/)).toBeVisible();
  // The sample is sold in the EU and the US: approval waits for the US decision too.
  await expect(page.getByText('The product is sold in the EU and US: assess the US significance of the change.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve with signature…' })).toBeDisabled();
  await page.getByRole('button', { name: 'Assess US significance…' }).click();
  const usWizard = changes.dialog('US significance (FDA software-change questions)');
  await changes.answer(['No', 'No', 'No', 'No', 'No']);
  await expect(usWizard).toContainText('Outcome:');
  await usWizard.getByLabel('Rationale for the outcome').fill('Keeping the link alive changes no cleared claim; recorded in the design history file.');
  await usWizard.getByRole('button', { name: 'Save the assessment' }).click();
  await expect(usWizard).toBeHidden();

  await page.getByRole('button', { name: 'Approve with signature…' }).click();
  const approve = changes.dialog('Approve CR-002');
  await approve.getByLabel('Your password (electronic signature)').fill('not-the-password');
  await approve.getByRole('button', { name: 'Approve and sign' }).click();
  // Like every signature dialog, the refusal of a wrong password stands at the password field.
  await expect(approve.getByLabel('Your password (electronic signature)')).toHaveAccessibleDescription(/That password is not right; the signature was not recorded\./);
  await approve.getByLabel('Your password (electronic signature)').fill('breathwise-demo');
  await approve.getByRole('button', { name: 'Approve and sign' }).click();
  await expect(page.getByText(/CR-002 approved; \d+ trace links? (is|are) now suspect until reviewed\./)).toBeVisible();
  await expect(page.getByText(/approved by Dr\. Miriam Okafor \(owner\)/)).toBeVisible();
  await expect(page.getByText('Frozen when the change was approved', { exact: false })).toBeVisible();
  await page.screenshot({ path: 'test-results/changes-changes.png', fullPage: true });
  await expectNoViolations(page, 'change requests');

  const trace = new TracePage(page);
  await trace.open();
  await expect(trace.gaps('suspect-link')).toContainText('CR-002 approved: review after the change');
});
