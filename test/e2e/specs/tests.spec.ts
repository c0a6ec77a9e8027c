import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { RequirementsPage } from '../pages/requirements-page';
import { TestsPage } from '../pages/tests-page';
import { expect, test } from '../support/fixtures';

const noViolations = async (page: import('@playwright/test').Page) =>
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

test('write a manual case, run it, fail a step and see the requirement fail; import a JUnit file and link what maps to no case', async ({ page, projectDir }) => {
  // Four axe passes and two runs on a shared two-core machine take longer than the default minute.
  test.setTimeout(150_000);
  const home = new HomePage(page);
  const requirements = new RequirementsPage(page);
  const tests = new TestsPage(page);
  await home.goto();
  await home.create({
    productName: 'BreathWise',
    manufacturer: 'Alder',
    ownerName: 'Ada Owner',
    email: 'ada@alder.example',
    password: 'alder-owner-pass',
    path: join(projectDir, 'bw'),
  });
  await requirements.open();
  await requirements.add({ title: 'Session grading', text: 'The app shall grade each session A to F by the repeatability of its blows.' });

  await tests.open();
  await tests.addCase(
    'Grade a session',
    [
      ['Record three blows within 150 mL of each other', 'Grade A is shown'],
      ['Record a session with one valid blow', 'Grade F is shown'],
    ],
    ['REQ-1'],
  );
  await expect(page.getByRole('row', { name: /TC-1 Grade a session/ })).toContainText('REQ-1');
  await page.screenshot({ path: 'test-results/tests-case-editor.png', fullPage: true });
  await noViolations(page);

  await page.getByRole('button', { name: 'Start a run…' }).click();
  const start = page.getByRole('dialog', { name: 'Start a test run' });
  await start.getByLabel('Software version tested').fill('1.0.0');
  await start.getByLabel('Hardware and software test configuration').fill('Pixel 7, Android 14; BreathWise spirometer firmware 2.3');
  await start.getByLabel('Test tools and their versions').fill('Flow simulator FS-2 v1.4');
  await start.getByRole('button', { name: 'Start run' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'RUN-1 · version 1.0.0' })).toBeVisible();

  await tests.recordStep('TC-1', 1, 'passed', 'Grade A shown');
  await expect(tests.result('TC-1').getByText('passed').first()).toBeVisible();
  await tests.recordStep('TC-1', 2, 'failed', 'Grade C shown: the invalid blows were counted');
  await expect(tests.result('TC-1').locator('.test-result-head')).toContainText('failed');
  await page.screenshot({ path: 'test-results/tests-run.png', fullPage: true });
  await noViolations(page);

  await page.getByLabel('Your password (electronic signature)').fill('alder-owner-pass');
  await page.getByRole('button', { name: 'Complete and sign' }).click();
  await expect(page.getByText('Signed “executed”')).toBeVisible();

  await tests.tab('Status by version').click();
  const row = page.getByRole('row', { name: /REQ-1 Session grading/ });
  await expect(row).toContainText('failed');
  await expect(row).toContainText('TC-1 failed');
  await page.screenshot({ path: 'test-results/tests-status.png', fullPage: true });
  await noViolations(page);
  await page.getByRole('button', { name: 'Create the test report for 1.0.0' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Software test report, version 1\.0\.0/ })).toBeVisible();
  await tests.open();

  await page.getByRole('button', { name: 'Import JUnit…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import JUnit results' });
  await dialog
    .getByLabel('JUnit XML file')
    .setInputFiles({ name: 'nested-suites.xml', mimeType: 'application/xml', buffer: readFileSync('test/fixtures/junit/nested-suites.xml') });
  await dialog.getByLabel('Software version tested').fill('1.0.1');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog).toContainText('4 tests in 5 suites — 3 passed, 1 failed, 0 errors, 0 skipped.');
  await expect(dialog).toContainText('1 map to a case (1 by [TC-n] in the name');
  await dialog.getByRole('button', { name: 'Import for version 1.0.1' }).click();
  await expect(dialog).toContainText('Imported as RUN-2. 3 results are not linked to a case yet');
  await page.screenshot({ path: 'test-results/tests-junit-import.png' });
  await noViolations(page);
  const unlinked = dialog.getByRole('article', { name: 'volume.Integrator › integrates flow over time' });
  await unlinked.getByLabel(/^Link “volume.Integrator/).selectOption({ label: 'TC-1 Grade a session' });
  await unlinked.getByRole('button', { name: 'Link' }).click();
  await expect(dialog).toContainText('2 results are not linked');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^RUN-2 · version 1\.0\.1/ })).toBeVisible();
});
