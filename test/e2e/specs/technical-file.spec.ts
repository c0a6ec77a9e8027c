import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { PEOPLE, TEAM_PASSWORD, createDocumentProject } from '../support/document-project';
import { pdftotext } from '../support/pdf-tools';
import { expect, test } from '../support/fixtures';

const REFERENCE = 'IFU-BW-003 rev C, labelling folder of the DMS';

test('the technical file contents: an element kept outside Cairn is recorded and shows in the exported index', async ({ page, projectDir }) => {
  // A project whose only approved document is the project summary: the index is mostly missing, and the export is quick.
  const { path } = await createDocumentProject(projectDir, { approvedSummary: true });
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const docs = new DocumentsPage(page);
  await home.goto();
  await home.openByPath(path);
  await new SignInPage(page).signIn(PEOPLE.owner, TEAM_PASSWORD);
  await shell.go('Documents');

  const contents = page.getByRole('region', { name: 'Technical file contents' });
  await expect(contents.getByRole('table', { name: 'EU MDR Annex II: technical documentation' })).toBeVisible();
  await expect(contents.getByRole('table', { name: 'FDA: documentation of device software functions' })).toBeVisible();
  const labels = contents.getByTestId('element-mdr-ii-labelling');
  await expect(labels).toContainText('Missing');
  await expect(contents.getByTestId('element-mdr-ii-description')).toContainText('Present PROJECT-SUMMARY v1');
  await expect(contents.getByTestId('element-fda-srs')).toContainText('Missing');
  await expect(contents).toContainText('The product profile names neither the EU nor the US, so both lists apply.');

  await labels.getByRole('button', { name: 'Record where II 2 Labels and instructions for use is kept' }).click();
  await docs.dialog.getByLabel('Where it is kept').fill(REFERENCE);
  await docs.submitDialog('Save reference');
  await expect(docs.dialog).toHaveCount(0);
  await expect(labels).toContainText(`Kept outside Cairn ${REFERENCE}`);
  await expect(labels.getByRole('button', { name: /^Remove the reference/ })).toBeVisible();
  expect((await new AxeBuilder({ page }).include('section[aria-labelledby="technical-file-index-title"]').analyze()).violations).toEqual([]);
  await page.screenshot({ path: 'test-results/technical-file-contents.png', fullPage: true });

  const { pdf: download } = await docs.exportTechnicalFile();
  const pdf = join(projectDir, 'technical-file.pdf');
  await download?.saveAs(pdf);
  const text = pdftotext(pdf).replace(/\s+/g, ' ');
  expect(text).toContain('Technical file index');
  expect(text).toContain(`Kept outside Cairn: ${REFERENCE}`);
  expect(text).toContain('Clinical evaluation plan and report (Article 61, Annex XIV) Missing');
  expect(text).toMatch(/Of the \d+ required elements, 2 are present in this file, 1 is kept outside Cairn where stated and \d+ are missing\./);
});
