import { join } from 'node:path';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { expect, test } from '../support/fixtures';

const FOUNDER = { name: 'Sam Solo', email: 'sam@solo.example', password: 'solo-founder-pass' };

test('a solo founder approves their own summary only after acknowledging the self-approval warning', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const docs = new DocumentsPage(page);
  await home.goto();
  await home.create({
    productName: 'Solo Thermometer',
    manufacturer: 'Solo Devices',
    ownerName: FOUNDER.name,
    email: FOUNDER.email,
    password: FOUNDER.password,
    path: join(projectDir, 'solo'),
  });
  await shell.expectSignedIn(FOUNDER.name, 'Owner');

  await shell.go('Documents');
  await expect(page.getByText('No documents yet.')).toBeVisible();
  await docs.createProjectSummary();

  // The founder cannot review their own document, but may name themself as approver.
  await docs.action('Send for review…').click();
  await expect(docs.dialog.getByRole('group', { name: 'Reviewers (optional)' }).getByRole('checkbox', { name: new RegExp(FOUNDER.name) })).toBeDisabled();
  await docs.submitDialog('Sign and send for review');
  await expect(docs.dialog.getByRole('group', { name: 'Approvers (at least one)' })).toHaveAccessibleDescription(/Name at least one approver\./);
  await docs.choose('Approvers (at least one)', FOUNDER.name);
  await expect(docs.dialog).toContainText('You are naming yourself as approver.');
  await docs.signaturePassword().fill(FOUNDER.password);
  await docs.submitDialog('Sign and send for review');
  await expect(docs.state()).toContainText('In review');

  await docs.action('Sign as approver…').click();
  await expect(page.getByTestId('self-approval-warning')).toHaveText(/You are approving a document you wrote yourself\./);
  const acknowledge = docs.dialog.getByRole('checkbox', { name: /no one else in this organisation can approve/ });
  await docs.signaturePassword().fill(FOUNDER.password);
  await docs.submitDialog('Sign as approver');
  await expect(acknowledge).toHaveAttribute('aria-invalid', 'true');
  await expect(acknowledge).toBeFocused();
  await acknowledge.check();
  await docs.submitDialog('Sign as approver');
  await expect(docs.state()).toContainText('Approved');

  await docs.tab('Versions & signatures').click();
  const approval = page.getByRole('table', { name: 'Signatures of version 1' }).getByRole('row', { name: /Approved/ });
  await expect(approval).toContainText(FOUNDER.name);
  await expect(approval).toContainText('Self-approval');
});
