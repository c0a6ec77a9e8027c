import { join } from 'node:path';
import { ChangesPage } from '../pages/changes-page';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ReleasesPage } from '../pages/releases-page';
import { ShellPage } from '../pages/shell-page';
import { TestsPage } from '../pages/tests-page';
import { classAProduct } from '../support/class-a-product';
import { expect, test } from '../support/fixtures';

const PASSWORD = 'alder-owner-pass';
const RIG = 'Pixel 7, Android 14; BreathWise spirometer firmware 2.3';
const TOOLS = 'Flow simulator FS-2 v1.4';

test('a failed manual test becomes a problem, a change fixes it, the re-run passes and the fixed version is released', async ({ page, projectDir }) => {
  // About 40 s alone; two runs, a problem, a change and a release while CI shares the two cores take several times that.
  test.setTimeout(240_000);
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const tests = new TestsPage(page);
  const changes = new ChangesPage(page);
  const releases = new ReleasesPage(page);
  const docs = new DocumentsPage(page);
  await home.goto();
  await home.create({ productName: 'BreathWise', manufacturer: 'Alder', ownerName: 'Ada Owner', email: 'ada@alder.example', password: PASSWORD, path: join(projectDir, 'bw') });
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  // The journey starts after the specification: a class A system and one requirement the SRS verifies by test.
  await classAProduct(page, 'BreathWise app', {
    title: 'Session grading',
    text: 'The app shall grade each session A to F by the repeatability of its blows.',
    verificationMethod: 'test',
  });

  // 1.0.0 is tested by hand and the grading step fails.
  await tests.open();
  await tests.addCase(
    'Grade a session',
    [
      ['Record three blows within 150 mL of each other', 'Grade A is shown'],
      ['Record a session with one valid blow', 'Grade F is shown'],
    ],
    ['REQ-1'],
  );
  await tests.startRun('1.0.0', RIG, TOOLS);
  await tests.recordStep('TC-1', 1, 'passed', 'Grade A shown');
  await tests.recordStep('TC-1', 2, 'failed', 'Grade C shown: the invalid blows were counted');
  await expect(tests.result('TC-1').locator('.test-result-head')).toContainText('failed');
  await tests.completeRun(PASSWORD);

  // The failed result raises its problem report in one step, carrying the case and version over.
  await tests.result('TC-1').getByLabel('Criticality of the problem in TC-1 Grade a session').selectOption('high');
  await tests.result('TC-1').getByRole('button', { name: 'Open problem report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Problem reports' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'PR-001 TC-1 failed on 1.0.0: Grade a session' })).toBeVisible();
  await expect(page.getByText('from TC-1 (failed) in RUN-1')).toBeVisible();
  await expect(page.getByLabel('Found in version')).toHaveValue('1.0.0');
  await expect(page.getByLabel(/^Actual result/)).toHaveValue('Step 2 failed: Grade C shown: the invalid blows were counted');
  await expect(page.getByRole('row', { name: /PR-001/ })).toContainText('high');
  await changes.evaluateSafety('no', 'A wrong grade is shown beside the measured values, which stay correct; no hazardous situation follows.');
  await page.getByLabel(/^Decision/).selectOption('fix');
  await page.getByLabel('Root cause').fill('The grader counted blows the acceptability check had rejected.');
  await page.getByRole('button', { name: 'Save PR-001' }).click();
  await expect(page.getByText('Record how the fix was verified (9.7).')).toBeVisible();
  await changes.moveProblem('Investigate', 'investigating');
  await page.screenshot({ path: 'test-results/journey-problem.png', fullPage: true });

  // The change request: target, safety analysis, EU significance and the signed approval.
  await page.getByRole('button', { name: 'Open a change request from PR-001' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change requests' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'CR-001 Fix: TC-1 failed on 1.0.0: Grade a session' })).toBeVisible();
  await expect(page.getByText(/from PR-001 TC-1 failed/)).toBeVisible();
  await page.getByRole('button', { name: 'Choose targets…' }).click();
  const targets = changes.dialog('What CR-001 changes');
  await targets.getByRole('checkbox', { name: /^REQ-1 Session grading/ }).check();
  await targets.getByRole('button', { name: 'Save targets' }).click();
  await expect(targets).toBeHidden();
  await page.getByLabel('Target version').fill('1.0.1');
  await page.getByLabel(/Safety analysis/).fill('The grade is advisory and shown beside the measured values; counting only accepted blows adds no cause of a hazardous situation.');
  await page.getByLabel('New or changed risk controls needed? (7.4.1)').selectOption('no');
  await page.getByRole('button', { name: 'Save CR-001' }).click();
  await expect(page.getByText('CR-001 saved.')).toBeVisible();

  await page.getByRole('button', { name: 'Assess EU significance…' }).click();
  const wizard = changes.dialog('EU significance (MDCG 2020-3)');
  const outcome = wizard.getByText(/^Outcome:/);
  // "No" until the walk ends; each answer must bring the next question or the outcome before the next click.
  for (let asked = 1; !(await outcome.isVisible()); asked++) {
    expect(asked, 'the EU walk ends in an outcome').toBeLessThan(20);
    await changes.answer(['No']);
    await expect(wizard.getByText(`Question ${asked + 1} ·`).or(outcome)).toBeVisible();
  }
  await expect(wizard).toContainText('Outcome: Not a significant change');
  await wizard
    .getByLabel('Rationale for the outcome')
    .fill('A bug fix in the grading algorithm restoring the specified behaviour; purpose, users, risks and architecture are unchanged.');
  await wizard.getByRole('button', { name: 'Save the assessment' }).click();
  await expect(wizard).toBeHidden();
  await expect(page.getByText(/EU \(MDCG 2020-3\):.*Not a significant change/)).toBeVisible();

  await page.getByRole('button', { name: 'Approve with signature…' }).click();
  const approve = changes.dialog('Approve CR-001');
  await approve.getByLabel('Your password (electronic signature)').fill(PASSWORD);
  await approve.getByRole('button', { name: 'Approve and sign' }).click();
  await expect(page.getByText(/CR-001 approved; \d+ trace links? (is|are) now suspect until reviewed\./)).toBeVisible();
  await expect(page.getByText(/approved by Ada Owner \(owner\)/)).toBeVisible();

  // The fix is made; it is implemented before the re-run, and verified by it.
  await page.getByLabel('Implementation: commits, pull requests, build').fill('Commit 4f2a9c1 "Grade only accepted blows", build 1.0.1+57.');
  await page.getByRole('button', { name: 'Save CR-001' }).click();
  await expect(page.getByText('CR-001 saved.')).toBeVisible();
  await changes.moveChange('CR-001', 'Mark implemented', 'implemented');

  // 1.0.1 is tested again and TC-1 passes.
  await tests.open();
  await tests.startRun('1.0.1', RIG, TOOLS);
  await tests.recordStep('TC-1', 1, 'passed', 'Grade A shown');
  await tests.recordStep('TC-1', 2, 'passed', 'Grade F shown');
  await expect(tests.result('TC-1').locator('.test-result-head')).toContainText('passed');
  await tests.completeRun(PASSWORD);
  await page.screenshot({ path: 'test-results/journey-rerun.png', fullPage: true });
  await tests.tab('Status by version').click();
  await page.getByLabel(/^Software version/).selectOption('1.0.1');
  const status = page.getByRole('table', { name: 'Requirements, version 1.0.1' }).getByRole('row', { name: /REQ-1 Session grading/ });
  await expect(status).toContainText('passed');
  await expect(status).toContainText('TC-1 passed');

  // The change is verified and closed, and so is the problem.
  await shell.go('Change requests');
  await expect(page.getByRole('heading', { level: 2, name: /^CR-001 / })).toBeVisible();
  await page.getByLabel('Verification done, tests re-run (8.2.3)').fill('TC-1 re-run in RUN-2 on 1.0.1: passed, both steps.');
  await page.getByRole('button', { name: 'Save CR-001' }).click();
  await expect(page.getByText('CR-001 saved.')).toBeVisible();
  await changes.moveChange('CR-001', 'Mark verified', 'verified');
  await changes.moveChange('CR-001', 'Close', 'closed');

  await shell.go('Problem reports');
  await page
    .getByRole('row', { name: /PR-001/ })
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: /^PR-001 / })).toBeVisible();
  await expect(page.getByText(/CR-001 Fix: TC-1 failed on 1\.0\.0: Grade a session — closed/)).toBeVisible();
  await page.getByLabel('How the fix was verified (9.7)').fill('CR-001 implemented in 1.0.1; TC-1 passed in RUN-2 on 1.0.1.');
  await page.getByRole('button', { name: 'Save PR-001' }).click();
  await expect(changes.problemStatus()).not.toContainText('Before it can be closed');
  await changes.moveProblem('Mark resolved', 'resolved');
  await changes.moveProblem('Close', 'closed');
  await expect(changes.problemStatus()).toContainText('by Ada Owner');

  // 1.0.1 is released through the wizard, every blocker met on its own step.
  await releases.goto();
  await releases.start('1.0.1');
  await releases.save({ Title: 'Grading fix', 'Release notes': 'Session grades count only the blows that passed the acceptability checks (PR-001).' });
  await releases.openStep('verification', 'Verification');
  await expect(releases.clause('5.8.1')).toContainText('Met');
  await expect(releases.clause('5.8.1')).toContainText('1 requirement: 1 verified by a passed test, 0 by inspection, analysis or demonstration.');
  await releases.openStep('anomalies', 'Known anomalies');
  await expect(page.getByText('No open problem reports: this release has no known residual anomalies.')).toBeVisible();
  await releases.openStep('archive', 'Archive');
  await releases.archive('Alder document vault, releases/breathwise', { name: 'breathwise-1.0.1.apk', buffer: Buffer.from('BreathWise 1.0.1 installer bytes\n') });
  await expect(releases.clause('5.8.7')).toContainText('Met');
  await releases.openStep('delivery', 'Delivery');
  await releases.confirmDelivery('Published to the app stores; the APK on the service portal, signed.', 'Downloaded from the portal and compared the SHA-256.');
  await expect(releases.step('delivery')).toContainText('Done');
  await releases.openStep('approve', 'Approve and release');
  await expect(page.getByText('Nothing blocks the release of 1.0.1.')).toBeVisible();
  await page.getByLabel('Your password (electronic signature)').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign the release' }).click();
  await expect(page.getByTestId('release-signatures')).toContainText('Ada Owner (owner), approved');
  await page.getByRole('button', { name: 'Release 1.0.1' }).click();
  await expect(page.getByTestId('release-released')).toContainText('baseline of');
  await page.screenshot({ path: 'test-results/journey-release.png', fullPage: true });

  // The release record names the version, the passed verification and the signature.
  await page.getByRole('button', { name: 'Release record (RELEASE-1.0.1)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /RELEASE-1\.0\.1/ })).toBeVisible();
  const text = await docs.exportText(projectDir);
  expect(text).toContain('Release record, version 1.0.1');
  expect(text).toContain('5.8.1 Software verification is complete Met 1 requirement: 1 verified by a passed test');
  expect(text).toContain('Completed test runs of 1.0.1: RUN-2.');
  expect(text).toContain('Ada Owner owner approved');
});
