import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { expect, test } from '../support/fixtures';
import { createLargeProject, LARGE_OWNER } from '../support/large-project';

/** Large enough that the extract takes a few seconds to lay out and render. */
const GENERATED = 5_000;

test('a large audit extract previews its first rows and exports with the core\'s progress shown', async ({ page, projectDir }) => {
  const project = await createLargeProject(projectDir, GENERATED);
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const docs = new DocumentsPage(page);
  await home.goto();
  await home.openByPath(project.path);
  await new SignInPage(page).signIn(LARGE_OWNER.name, LARGE_OWNER.password);
  await shell.go('Documents');

  await page.getByRole('button', { name: 'New document…' }).click();
  await docs.dialog.getByRole('radio', { name: /Audit trail extract/ }).check();
  await docs.submitDialog('Create draft');
  await expect(page.getByRole('heading', { level: 1, name: /AUDIT-/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/The first 200 of [\d,]+ rows are shown here/).first()).toBeVisible();

  // The export reports its progress while it runs, with a way to stop it, then hands over the file.
  await docs.action('Export PDF…').click();
  const download = page.waitForEvent('download');
  await docs.submitDialog(/^Export PDF$/);
  await expect(docs.dialog.getByRole('progressbar', { name: /AUDIT-/ })).toBeVisible();
  await expect(docs.dialog.getByRole('button', { name: 'Cancel export' })).toBeVisible();
  expect((await download).suggestedFilename()).toMatch(/^AUDIT-\d{4}-\d{2}-\d{2}-v1\.pdf$/);
  await expect(docs.dialog).toHaveCount(0);
});
