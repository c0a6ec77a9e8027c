import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { PEOPLE, PRODUCT, TEAM_PASSWORD, createDocumentProject } from '../support/document-project';
import { expect, test } from '../support/fixtures';
import { pdftotext } from '../support/pdf-tools';

async function openAsOwner(page: Page, path: string): Promise<void> {
  const home = new HomePage(page);
  await home.goto();
  await home.openByPath(path);
  await new SignInPage(page).signIn(PEOPLE.owner, TEAM_PASSWORD);
  await new ShellPage(page).expectSignedIn(PEOPLE.owner.name, 'Owner');
}

test('renaming the product after approval marks the summary changed, names the record and starts a v2 draft', async ({ page, projectDir }) => {
  const { path } = await createDocumentProject(projectDir, { approvedSummary: true });
  const shell = new ShellPage(page);
  const docs = new DocumentsPage(page);
  await openAsOwner(page, path);

  await page.getByRole('button', { name: 'Edit product details' }).click();
  await page.getByLabel('Product name').fill('SpiroLog Peak Flow II');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('product-name')).toHaveText('SpiroLog Peak Flow II');
  await expect(page.getByTestId('documents-card')).toContainText('Changed since approved: PROJECT-SUMMARY');

  await shell.go('Documents');
  const row = docs.row('PROJECT-SUMMARY');
  await expect(row).toContainText('Changed since approved');
  await expect(row).toContainText('v2');
  await expect(row).toContainText('Draft');
  // The signatures shown are still those of the approved version in force.
  await expect(row).toContainText(`Approved: ${PEOPLE.approver.name}`);

  await docs.open('PROJECT-SUMMARY');
  await expect(docs.state()).toContainText('Changed since approved');
  await expect(docs.driftNotice).toContainText('The records behind PROJECT-SUMMARY v1 have changed since it was approved.');
  await expect(docs.driftNotice.getByRole('listitem').filter({ hasText: 'Changed' })).toContainText('project SpiroLog Peak Flow II');
  await expect(docs.driftNotice).toContainText('v2 (draft) carries these changes.');
  await docs.driftNotice.getByRole('button', { name: 'See v2 under Versions & signatures' }).click();
  await expect(docs.tab('Versions & signatures')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('version-2')).toContainText('Draft');
  await expect(page.getByTestId('version-2')).toContainText('project SpiroLog Peak Flow II');
  // v1's signatures bound the old content and now say so.
  await expect(page.getByRole('table', { name: 'Signatures of version 1' }).getByText('No longer matches')).toHaveCount(3);
});

test('the technical file bundles the approved documents and downloads its manifest', async ({ page, projectDir }) => {
  const { path } = await createDocumentProject(projectDir, { approvedSummary: true });
  const shell = new ShellPage(page);
  const docs = new DocumentsPage(page);
  await openAsOwner(page, path);
  await shell.go('Documents');

  const { pdf: pdfDownload, manifest: manifestDownload } = await docs.exportTechnicalFile();
  expect(pdfDownload?.suggestedFilename()).toMatch(/^technical-file-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = join(projectDir, 'technical-file.pdf');
  await pdfDownload?.saveAs(pdf);
  const text = pdftotext(pdf);
  expect(text).toContain('Manifest');
  expect(text).toContain('PROJECT-SUMMARY');
  expect(text).toContain(PRODUCT.productName);

  const manifestPath = join(projectDir, 'manifest.json');
  await manifestDownload?.saveAs(manifestPath);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { documents: { docKey: string; version: number; signatures: string[] }[] };
  expect(manifest.documents.map((d) => [d.docKey, d.version])).toEqual([['PROJECT-SUMMARY', 1]]);
  expect(manifest.documents[0]?.signatures.join(' ')).toContain(`approved by ${PEOPLE.approver.name}`);
});
