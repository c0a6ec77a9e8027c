import { join } from 'node:path';
import { SAMPLE_OWNER } from '../../support/sample-cache';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { VerificationPage } from '../pages/verification-page';
import { CONTROL_OWNER, createFailedControlProject } from '../support/failed-control-project';
import { expect, test } from '../support/fixtures';

// Issue 16's end-to-end checks: the sample's one deliberate consistency finding is fixed where its link
// leads, and a risk report whose control failed its test says so in the exported PDF.

test('the sample’s one consistency finding links to where it is fixed and is gone once the review is recorded', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const verification = new VerificationPage(page);
  await home.goto();
  await home.openSample(join(projectDir, 'sample-check'));

  await shell.go('Consistency check');
  await expect(page.getByRole('heading', { name: '1 error, 0 warnings' })).toBeVisible();
  const finding = page.getByTestId('finding-changed-after-review');
  await expect(finding).toContainText('REQ-33 was created or changed after the last requirements review REV-1');

  await finding.getByRole('button', { name: /^Fix in Verification/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verification records' })).toBeVisible();
  await verification.open('Software requirements verification (5.2.6)');
  await verification.dialog.getByLabel('What was reviewed').fill('REQ-1 to REQ-33 for 1.1.0, with REQ-33 drafted for CR-001');
  await verification.sign(SAMPLE_OWNER.password);
  await expect(verification.dialog).toBeHidden();

  await shell.go('Consistency check');
  await expect(page.getByTestId('no-findings')).toBeVisible();
  await expect(finding).toHaveCount(0);
});

test('the risk report of a project whose control failed its test names the failure instead of concluding', async ({ page, projectDir }) => {
  const path = await createFailedControlProject(projectDir);
  const home = new HomePage(page);
  const docs = new DocumentsPage(page);
  await home.goto();
  await home.openByPath(path);
  await new SignInPage(page).signIn(CONTROL_OWNER, CONTROL_OWNER.password);

  await new ShellPage(page).go('Documents');
  await docs.createRecordDocument(/Risk management report/, 'RISK-REPORT');
  const text = await docs.exportText(projectDir);
  expect(text).toContain('It cannot be concluded that the risk management plan has been carried out. The records show:');
  expect(text).toContain('RC-1: TC-1 failed in version 1.0.0.');
  expect(text).not.toContain('The risk management plan has been carried out:');
});
