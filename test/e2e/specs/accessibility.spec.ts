import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { AuditPage } from '../pages/audit-page';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { expect, test } from '../support/fixtures';

/** The sample team's password, printed on the home page for newcomers. */
const DEMO_PASSWORD = 'breathwise-demo';

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

// The screens themselves (dashboard, team, the documents list, every tab) are scanned once each by
// accessibility-walk.spec on the same sample; these tests scan the states only a flow reaches: errors,
// an open detail, a signed-out sign-in page, dialogs mid-signature, a verify result, a new key.

test('axe finds no violations on home, home with errors, the audit trail with a row open, and sign-in with a wrong password', async ({ page, projectDir }) => {
  // Five axe passes over the sample's screens take a while on a busy machine.
  test.setTimeout(300_000);
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const signIn = new SignInPage(page);
  await home.goto();
  await expectNoViolations(page, 'home');

  // Errors shown too: a failed create keeps the page accessible.
  await home.createSection.getByRole('button', { name: 'Create project' }).click();
  await expect(home.createSection.getByLabel('Product name')).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'home with errors');

  await home.openSample(join(projectDir, 'sample'));
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('milestone-team')).toBeVisible();

  await shell.go('Team');
  await expect(page.getByRole('table', { name: 'Members' })).toBeVisible();

  await shell.go('Audit trail');
  const audit = new AuditPage(page);
  // The sample now holds more history than one screen shows; filter so the row is rendered.
  await audit.filters().getByLabel('Search summary, entity ID or person').fill('Henrik Vogel added');
  await audit.row('Henrik Vogel added as approver').click();
  await expect(audit.detail).toBeVisible();
  await expectNoViolations(page, 'audit trail');

  await shell.signOut();
  await signIn.expectShown('BreathWise Home Spirometry');
  await signIn.signIn({ name: 'Jonas Brandt', email: 'jonas.brandt@alder-resp.example' }, 'not-his-password');
  await expect(signIn.passwordError()).toBeVisible();
  await expectNoViolations(page, 'sign-in');
});

test('axe finds no violations on the document detail tabs, dialogs, verify result and signing key panel', async ({ page, projectDir }) => {
  // A freshly generated RSA-3072 key and many axe passes make this one of the slowest walks of the suite.
  test.setTimeout(300_000);
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const docs = new DocumentsPage(page);
  await home.goto();
  await home.openSample(join(projectDir, 'sample'));
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('documents-card')).toContainText('Approved');

  await shell.go('Documents');
  await expect(docs.row('PROJECT-SUMMARY')).toBeVisible();

  await docs.open('PROJECT-SUMMARY');
  await expect(page.getByRole('heading', { name: 'Product and manufacturer' })).toBeVisible();
  await expectNoViolations(page, 'document preview');
  await docs.tab('Versions & signatures').click();
  await expect(page.getByRole('table', { name: 'Signatures of version 1' })).toBeVisible();
  await expectNoViolations(page, 'versions and signatures');

  const download = await docs.exportPdf(null);
  const pdf = join(projectDir, download.suggestedFilename());
  await download.saveAs(pdf);
  await docs.backToList();
  await docs.verify(pdf);
  await expect(docs.verifyResult).toContainText('This PDF carries no signature.');
  await expectNoViolations(page, 'verify result');

  // The owner sends the draft audit extract to themself: the send dialog, then the sign dialog with its warning.
  await docs.open('AUDIT-');
  await docs.action('Send for review…').click();
  await expect(docs.dialog.getByRole('group', { name: 'Approvers (at least one)' })).toBeVisible();
  await expectNoViolations(page, 'send for review dialog');
  await docs.choose('Approvers (at least one)', 'Dr. Miriam Okafor');
  await docs.signaturePassword().fill(DEMO_PASSWORD);
  await docs.submitDialog('Sign and send for review');
  await expect(docs.state()).toContainText('In review');
  await docs.action('Sign as approver…').click();
  await expect(page.getByTestId('self-approval-warning')).toBeVisible();
  await expectNoViolations(page, 'sign dialog');
  await page.keyboard.press('Escape');
  await expect(docs.dialog).toHaveCount(0);
  await expect(docs.action('Sign as approver…')).toBeFocused();

  // The owner's first key was made when the project was created (it signs the creation anchor); an owner
  // replaces it with their own password as the trust change's e-signature.
  await shell.go('Team');
  const keyPanel = page.getByTestId('signing-key');
  await expect(keyPanel).toContainText('Generated in Cairn');
  await expect(keyPanel).toContainText('Trusted in this project');
  await expect(keyPanel).toContainText('CN=Dr. Miriam Okafor');
  await expectNoViolations(page, 'signing key panel');
  const generate = keyPanel.getByRole('form', { name: 'Generate a new key' });
  await generate.getByLabel('Your password (electronic signature)').fill(DEMO_PASSWORD);
  await generate.getByRole('button', { name: 'Generate key' }).click();
  await expect(page.getByText('A new signing key was generated for you.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Trusted certificates' })).toContainText('Generated in Cairn for Dr. Miriam Okafor');
  await expectNoViolations(page, 'signing key panel');
});
