import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { DevPlanPage } from '../pages/dev-plan-page';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { PlanPage } from '../pages/plan-page';
import { ShellPage } from '../pages/shell-page';
import { expect, test } from '../support/fixtures';

test('walk the development plan wizard, write a step, and find it in the exported SDP', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const plan = new DevPlanPage(page);
  const docs = new DocumentsPage(page);
  await home.goto();
  await home.create({
    productName: 'AirFlow Coach',
    manufacturer: 'Breeze Labs',
    ownerName: 'Nora Lead',
    email: 'nora@breeze.example',
    password: 'breeze-owner-pass',
    path: join(projectDir, 'airflow'),
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  // No software system yet: class C, so every one of the 16 steps is required and empty.
  await plan.goto();
  await expect(plan.progress).toContainText('Class C: 0 of 16 required steps done, 16 still empty.');
  await expect(plan.step('team')).toContainText('Missing — required');
  await expect(plan.heading()).toHaveText('Step 1 of 16: Team and resources');
  await expect(page.getByText('What a reviewer looks for')).toBeVisible();
  // An empty step opens on Cairn's draft for this product and team.
  await expect(plan.editor).toHaveValue(/^Breeze Labs develops AirFlow Coach/);
  await expect(plan.editor).toHaveValue(/Nora Lead \(owner\)/);
  await page.screenshot({ path: 'test-results/dev-plan-start.png' });
  await plan.button('Save step').click();
  await expect(page.getByRole('status')).toHaveText('Team and resources saved.');
  await expect(plan.source).toContainText('Cairn’s draft, as saved. Revision 1');
  await expect(plan.step('team')).toContainText('Required · written, not done');
  await plan.button('Mark step done').click();
  await expect(plan.step('team')).toContainText('Required · done');
  await expect(plan.progress).toContainText('1 of 16 required steps done, 15 still empty.');

  // Next step by keyboard: focus the button and press Enter.
  await plan.button('Next step').focus();
  await page.keyboard.press('Enter');
  await expect(plan.heading()).toHaveText('Step 2 of 16: Lifecycle model and phases');
  await plan.editor.fill('AirFlow Coach is built in three-week increments.\n\n- Requirements review at the end of each increment\n- Release review before each release');
  await plan.button('Save step').click();
  await expect(plan.source).toContainText('Written by the team. Revision 1');
  await page.screenshot({ path: 'test-results/dev-plan.png', fullPage: true });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Back to Cairn's words for the lifecycle, then forward again to leave it edited.
  await plan.button('Replace with Cairn’s draft').click();
  await expect(plan.editor).toHaveValue(/^The software safety class that governs this plan is class C/);
  await plan.editor.fill('AirFlow Coach is built in three-week increments.\n\n- Requirements review at the end of each increment\n- Release review before each release');
  await plan.button('Save step').click();
  await expect(plan.source).toContainText('Revision 3');

  // Jump to a later step from the list; it is still empty and counted as missing.
  await plan.step('maintenance').click();
  await expect(plan.heading()).toHaveText('Step 16 of 16: Maintenance plan');
  await expect(plan.button('Mark step done')).toHaveCount(0);

  // The compliance plan shows the plan's progress beside 5.1.x and 6.1, and leaves the team's status alone.
  await shell.go('Compliance plan');
  await expect(page.getByTestId('sdp-state-5.1.1')).toHaveText('Development plan: 2 of 4 steps written, 1 done');
  await expect(page.getByTestId('sdp-state-6.1')).toHaveText('Development plan: 0 of 1 step written, 0 done');
  // The clause reads its status from the records (steps written, SDP not approved), not from a hand-typed value (issue 17).
  await expect(new PlanPage(page).status('5.1.1')).toHaveValue('evidence');
  await expect(page.getByTestId('clause-state-5.1.1')).toHaveText('In progress — from the records');

  // The SDP: the team's words, Cairn's draft, and the required sections still empty shown as gaps.
  await shell.go('Documents');
  await docs.createRecordDocument(/Software development plan/, 'SDP');
  const text = await docs.exportText(projectDir);
  expect(text).toContain('Software development plan');
  expect(text).toContain('AirFlow Coach is built in three-week increments.');
  expect(text).toContain('Requirements review at the end of each increment');
  expect(text).toContain('Breeze Labs develops AirFlow Coach');
  expect(text).toContain('Maintenance plan (IEC 62304 6.1)');
  expect(text).toContain('GAP — not yet written. Class C requires this section');
  expect(text).toContain('16 sections are required for class C: 1 marked done, 14 not written yet.');
});
