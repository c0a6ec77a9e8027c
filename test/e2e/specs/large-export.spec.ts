import { join } from 'node:path';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { expect, test } from '../support/fixtures';
import { createLargeProject, LARGE_OWNER } from '../support/large-project';
import { pdftotext } from '../support/pdf-tools';

/** Ten times the rows the preview shows, yet quick to generate and render. */
const GENERATED = 2_000;

test('a large audit extract previews its first rows and still exports every row', async ({ page, projectDir }) => {
  const project = await createLargeProject(projectDir, GENERATED);
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const docs = new DocumentsPage(page);
  await home.goto();
  await home.openByPath(project.path);
  await new SignInPage(page).signIn(LARGE_OWNER, LARGE_OWNER.password);
  await shell.go('Documents');

  await page.getByRole('button', { name: 'New document…' }).click();
  await docs.dialog.getByRole('radio', { name: /Audit trail extract/ }).check();
  await docs.submitDialog('Create draft');
  await expect(page.getByRole('heading', { level: 1, name: /AUDIT-/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/The first 200 of [\d,]+ rows are shown here/).first()).toBeVisible();

  await docs.action('Export PDF…').click();
  const download = page.waitForEvent('download');
  await docs.submitDialog(/^Export PDF$/);
  const pdf = join(projectDir, (await download).suggestedFilename());
  await (await download).saveAs(pdf);
  await expect(docs.dialog).toHaveCount(0);
  // The PDF carries the rows the preview left out: up to the last entry, the extract's own creation
  // (after the generated rows come this sign-in and that creation).
  const last = project.rows + 2;
  expect(pdftotext(pdf)).toMatch(new RegExp(`^\\s*${last}\\s+\\d{4}-\\d{2}-\\d{2}`, 'm'));
});
