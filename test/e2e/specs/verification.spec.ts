import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SoftwarePage } from '../pages/software-page';
import { VerificationPage } from '../pages/verification-page';
import { expect, test } from '../support/fixtures';

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe violations on ${where}`,
  ).toEqual([]);
}

test('record a unit verification with a password, see it listed as signed, and export the verification records', async ({ page, projectDir }) => {
  // Two axe passes and a PDF export: more than the default minute on a shared 2-core machine.
  test.setTimeout(120_000);
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const software = new SoftwarePage(page);
  const verification = new VerificationPage(page);
  const documents = new DocumentsPage(page);
  await home.goto();
  await home.create({
    productName: 'AirFlow Coach',
    manufacturer: 'Pneuma Labs',
    ownerName: 'Olu Owner',
    email: 'olu@pneuma.example',
    password: 'pneuma-owner-pass',
    path: join(projectDir, 'airflow'),
  });
  await shell.go('Software');
  await software.addSystem('Coach app');
  await software.addChild('SYS-001 Coach app', 'item', 'Measurement engine');
  await software.addChild('ITEM-001 Measurement engine', 'unit', 'FEV1 computation');

  await shell.go('Verification records');
  await expect(page.getByText('No verification record yet.')).toBeVisible();
  await verification.open('Software unit verification (5.5.5)');
  // The unclassified system counts as class C, so the 5.5.4 criteria are asked too.
  await expect(verification.dialog.getByLabel('Unit or item verified')).toHaveValue('3');
  await expect(verification.dialog.getByRole('group', { name: /Memory is managed correctly/ })).toBeVisible();
  await verification.dialog.getByLabel('Commit or pull request').fill('PR #31, 5e2a9b0');
  await verification.check('Code review', 'Passed', 'Rita Reviewer');
  await verification.check('Unit tests', 'Passed', 'Vitest');
  await verification.dialog.getByLabel('Unit tests outcome details').fill('58 of 58 passed');
  await verification.check('Coverage', 'Passed', 'V8 coverage');
  await verification.dialog.getByLabel('Measured coverage (%)').fill('93');
  await verification.dialog.getByLabel('Required coverage (%)').fill('90');
  await expectNoViolations(page, 'the unit verification dialog');
  await page.screenshot({ path: 'test-results/verification-dialog.png' });

  // A wrong password signs nothing and says so at the field.
  await verification.sign('not-my-password');
  await expect(verification.dialog.getByText('That password is not right; the signature was not recorded.')).toBeVisible();
  await verification.dialog.getByLabel('Your password (electronic signature)').fill('pneuma-owner-pass');
  await verification.dialog.getByRole('button', { name: 'Record and sign' }).click();
  await expect(verification.dialog).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('REV-1 recorded and signed: passed.');

  const card = verification.card('REV-1');
  await expect(card).toContainText('UNIT-001 FEV1 computation (class C) at PR #31, 5e2a9b0');
  await expect(card).toContainText('Coverage: Passed (93% of 90% required)');
  await expect(card).toContainText(/Olu Owner \(owner\), reviewed, \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC valid/);
  // The answers open from the keyboard.
  await card.getByText('Checklist answers (13)').focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('listitem').filter({ hasText: 'Every variable is initialised before it is used.' })).toContainText('Yes');
  await page.screenshot({ path: 'test-results/verification.png', fullPage: true });
  await expectNoViolations(page, 'verification records');

  await verification.show('Software requirements verification (5.2.6)');
  await expect(page.getByText('No verification record of this kind yet.')).toBeVisible();
  await verification.show('All verification records');
  await expect(verification.card('REV-1')).toBeVisible();

  await shell.go('Documents');
  await documents.createRecordDocument(/Verification records/, 'VERIFICATION-RECORDS');
  const text = await documents.exportText(projectDir);
  for (const expected of [
    'Verification records',
    'REV-1: Software unit verification',
    'UNIT-001 FEV1 computation, class C',
    'PR #31, 5e2a9b0',
    '93% measured, 90% required',
    'Olu Owner (owner), reviewed',
  ]) {
    expect(text).toContain(expected);
  }
});
