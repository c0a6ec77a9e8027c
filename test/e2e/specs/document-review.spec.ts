import { join } from 'node:path';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { PEOPLE, PRODUCT, TEAM_PASSWORD, createDocumentProject } from '../support/document-project';
import { expect, test } from '../support/fixtures';
import { pdfsig, pdftotext, qpdfCheckStatus } from '../support/pdf-tools';

test('author, reviewer and approver take the project summary to Approved; the signed PDF holds outside Cairn and in Verify', async ({ page, projectDir }) => {
  const { path } = await createDocumentProject(projectDir, { approvedSummary: false });
  const home = new HomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  const docs = new DocumentsPage(page);
  const switchTo = async (person: { name: string; email: string }) => {
    await shell.signOut();
    await signIn.signIn(person, TEAM_PASSWORD);
    await shell.expectSignedIn(person.name, '');
  };

  await home.goto();
  await home.openByPath(path);
  await signIn.expectShown(PRODUCT.productName);
  await signIn.signIn(PEOPLE.author, TEAM_PASSWORD);

  // The author writes the summary and sends it to the reviewer and the approver.
  await shell.go('Documents');
  await docs.createProjectSummary();
  await expect(docs.state()).toContainText('Draft');
  await expect(page.getByRole('heading', { name: 'Product and manufacturer' })).toBeVisible();
  await docs.action('Send for review…').click();
  // Only people whose role allows the duty are offered.
  await expect(docs.dialog.getByRole('group', { name: 'Approvers (at least one)' }).getByRole('checkbox')).toHaveCount(2);
  await docs.choose('Reviewers (optional)', PEOPLE.reviewer.name);
  await docs.choose('Approvers (at least one)', PEOPLE.approver.name);
  await docs.dialog.getByLabel('Change note').fill('First issue of the summary.');
  await expect(docs.signaturePassword()).toHaveAccessibleDescription(/sign this version as its author/);
  await docs.signaturePassword().fill('not-my-password');
  await docs.submitDialog('Sign and send for review');
  await expect(docs.signaturePassword()).toHaveAttribute('aria-invalid', 'true');
  await expect(docs.signaturePassword()).toHaveAccessibleDescription(/That password is not right; the signature was not recorded\./);
  await docs.signaturePassword().fill(TEAM_PASSWORD);
  await docs.submitDialog('Sign and send for review');
  await expect(docs.dialog).toHaveCount(0);
  await expect(docs.state()).toContainText('In review');
  await expect(page.getByTestId('review-waiting')).toHaveText(`v1 is in review. Waiting for ${PEOPLE.reviewer.name} (review) and ${PEOPLE.approver.name} (approval).`);

  // The reviewer signs; the approval button is not theirs.
  await switchTo(PEOPLE.reviewer);
  await shell.go('Documents');
  await docs.open('PROJECT-SUMMARY');
  await expect(docs.action(/Sign as approver/)).toHaveCount(0);
  await docs.action('Sign as reviewer…').click();
  await docs.signaturePassword().fill(TEAM_PASSWORD);
  await docs.submitDialog('Sign as reviewer');
  await expect(page.getByRole('status').filter({ hasText: 'You signed PROJECT-SUMMARY v1 as reviewer.' })).toBeVisible();

  // The approver signs last and the version is approved.
  await switchTo(PEOPLE.approver);
  await shell.go('Documents');
  await docs.open('PROJECT-SUMMARY');
  await docs.action('Sign as approver…').click();
  await docs.signaturePassword().fill(TEAM_PASSWORD);
  await docs.submitDialog('Sign as approver');
  await expect(docs.state()).toContainText('Approved');
  await docs.tab('Versions & signatures').click();
  const signatures = page.getByRole('table', { name: 'Signatures of version 1' });
  for (const [person, meaning] of [
    [PEOPLE.author, 'Authored'],
    [PEOPLE.reviewer, 'Reviewed'],
    [PEOPLE.approver, 'Approved'],
  ] as const) {
    await expect(signatures.getByRole('row', { name: new RegExp(person.name) })).toContainText(meaning);
    await expect(signatures.getByRole('row', { name: new RegExp(person.name) })).toContainText('Matches content');
  }

  await docs.backToList();
  const row = docs.row('PROJECT-SUMMARY');
  await expect(row).toContainText('Approved');
  await expect(row).toContainText(`Authored: ${PEOPLE.author.name}`);
  await expect(row).toContainText(`Reviewed: ${PEOPLE.reviewer.name}`);
  await expect(row).toContainText(`Approved: ${PEOPLE.approver.name}`);

  // The approver issues a signed PDF; it is checked as a notified body would, with other tools.
  await docs.open('PROJECT-SUMMARY');
  const download = await docs.exportPdf(TEAM_PASSWORD);
  expect(download.suggestedFilename()).toBe('PROJECT-SUMMARY-v1.pdf');
  const pdf = join(projectDir, download.suggestedFilename());
  await download.saveAs(pdf);
  await expect(page.getByRole('status').filter({ hasText: 'PROJECT-SUMMARY-v1.pdf was downloaded, signed by you' })).toBeVisible();
  const sig = pdfsig(pdf);
  expect(sig).toContain('Signature is Valid.');
  expect(sig).toContain(PEOPLE.approver.name);
  const text = pdftotext(pdf);
  for (const expected of ['PROJECT-SUMMARY', 'Approved', PEOPLE.author.name, PEOPLE.reviewer.name, PEOPLE.approver.name]) expect(text).toContain(expected);
  expect(qpdfCheckStatus(pdf)).toBe(0);

  // The same file, sent back, is reported intact, signed by the approver and matching the approved version.
  await docs.backToList();
  await docs.verify(pdf);
  // The verdict now names trust too: every signer is on the project's trusted list.
  await expect(docs.verifyResult).toContainText('The signature holds, its signer is trusted and the PDF matches the approved version.');
  await expect(docs.verifyResult).toContainText("The signer's certificate is on this project's trusted list.");
  await expect(docs.verifyResult).toContainText(`Signed by${PEOPLE.approver.name}`);
  await expect(docs.verifyResult).toContainText('PROJECT-SUMMARY v1');
  await expect(docs.verifyResult).toContainText('Intact: no byte of the signed part has changed.');
  await expect(docs.verifyResult).toContainText('It is the approved version of this document.');
  await expect(docs.verifyResult).not.toContainText('Problems');
});
