import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ReleasesPage } from '../pages/releases-page';
import { classAProduct } from '../support/class-a-product';
import { expect, test } from '../support/fixtures';

const PASSWORD = 'lumen-owner-pass';

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `axe violations on ${screen}`,
  ).toEqual([]);
}

test('walk the release wizard to a release, compare baselines and export the release record', async ({ page, projectDir }) => {
  test.setTimeout(120_000);
  const home = new HomePage(page);
  const releases = new ReleasesPage(page);
  const docs = new DocumentsPage(page);
  await home.goto();
  await home.create({
    productName: 'Lumen Light Therapy',
    manufacturer: 'Birch Devices',
    ownerName: 'Lea Owner',
    email: 'lea@birch.example',
    password: PASSWORD,
    path: join(projectDir, 'lumen'),
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  // Records the wizard reads but does not make, set up through the host's API as the signed-in owner.
  await classAProduct(page, 'Lumen app', { title: 'Label', text: 'The about page names the manufacturer and the version.', verificationMethod: 'inspection' });

  await releases.goto();
  await releases.start('1.0.0');
  await expect(releases.step('version')).toContainText('Done');
  await expect(releases.step('archive')).toContainText('Blocked');
  await expect(releases.step('anomalies')).toContainText('Done');
  await releases.save({ Title: 'First market release', 'Release notes': 'Light sessions with a timer and a session diary.' });

  await releases.openStep('verification', 'Verification');
  await expect(releases.clause('5.8.1')).toContainText('Met');
  await expect(releases.clause('5.8.1')).toContainText('1 requirement: 0 verified by a passed test, 1 by inspection, analysis or demonstration.');
  await releases.openStep('anomalies', 'Known anomalies');
  await expect(page.getByText('No open problem reports: this release has no known residual anomalies.')).toBeVisible();
  await releases.openStep('build', 'Build');
  await expect(releases.clause('5.8.5')).toContainText('Not required for software safety class A.');

  // The archive: the file's SHA-256 is computed in the browser and must equal Node's.
  await releases.openStep('archive', 'Archive');
  await expect(releases.clause('5.8.7')).toContainText('No artefact is archived');
  await releases.save({ 'Archive location': 'Birch document vault, folder releases/lumen' });
  const apk = Buffer.from('Lumen 1.0.0 installer bytes\n');
  await page.getByLabel('Add released files').setInputFiles({ name: 'lumen-1.0.0.apk', mimeType: 'application/octet-stream', buffer: apk });
  await expect(page.getByTestId('artefact-table')).toContainText(createHash('sha256').update(apk).digest('hex'));
  await expect(releases.clause('5.8.7')).toContainText('Met');

  await releases.openStep('delivery', 'Delivery');
  await releases.save({ 'Delivery procedure': 'Published to the app stores; the APK on the service portal, signed.' });
  await page.getByRole('checkbox', { name: 'Delivered copies were checked against the archived SHA-256' }).check();
  await page.getByLabel('How it was checked').fill('Downloaded from the portal and compared the SHA-256.');
  await page.getByRole('button', { name: 'Save confirmation' }).click();
  await expect(page.getByTestId('delivery-confirmed')).toContainText('Confirmed by Lea Owner');
  await expect(releases.step('delivery')).toContainText('Done');

  await releases.openStep('approve', 'Approve and release');
  await expect(page.getByText('Nothing blocks the release of 1.0.0.')).toBeVisible();
  await page.getByLabel('Your password (electronic signature)').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign the release' }).click();
  await expect(page.getByTestId('release-signatures')).toContainText('Lea Owner (owner), approved');
  await expectNoViolations(page, 'release wizard, approve step');
  await page.getByRole('button', { name: 'Release 1.0.0' }).click();
  await expect(page.getByTestId('release-released')).toContainText('baseline of 2 configuration items');
  await page.screenshot({ path: 'test-results/release-wizard.png', fullPage: true });

  await releases.tab('Baseline diff').click();
  await page.getByRole('button', { name: 'Compare baselines' }).click();
  await expect(page.getByTestId('baseline-diff')).toContainText('Requirements: 0 added, 0 removed, 0 changed, 1 unchanged');
  await releases.tab('Configuration items').click();
  await expect(page.getByTestId('config-summary')).toHaveText('2 configuration items; 0 changed or new since 1.0.0.');
  await expect(page.getByRole('table', { name: 'Requirements' })).toContainText('REQ-1');
  await expectNoViolations(page, 'configuration items');
  await page.screenshot({ path: 'test-results/release-config-items.png', fullPage: true });

  await releases.tab('Release wizard').click();
  await releases.openStep('approve', 'Approve and release');
  await page.getByRole('button', { name: 'Release record (RELEASE-1.0.0)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /RELEASE-1\.0\.0/ })).toBeVisible();
  const text = await docs.exportText(projectDir);
  expect(text).toContain('Release record, version 1.0.0');
  expect(text).toContain('Shows that Lumen Light Therapy 1.0.0 met the release requirements of IEC 62304 5.8');
  expect(text).toMatch(/5\.8\.7 The software is archived Met lumen-1\.0\.0\.apk SHA-256 [0-9a-f]{64}/);
  expect(text).toContain('Lea Owner owner approved');
  expect(text).toContain('REQ-1 Label rev 1');
});
