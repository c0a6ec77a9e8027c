import { join } from 'node:path';
import { cachedSample, SAMPLE_OWNER } from '../../support/sample-cache';
import { tamperCopy } from '../../support/tamper';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { expect, test } from '../support/fixtures';

/**
 * A copy of the sample with its first requirement's text edited with plain SQL, its triggers dropped, as
 * someone with the file and its key would; returns the requirement's human ID. Runs in the worker, which
 * has the cheap-KDF switch the sample's key slots are wrapped with (playwright.config.ts).
 */
function tamperedSample(file: string): string {
  let humanId = '';
  tamperCopy(cachedSample(), file, (db) => {
    humanId = db.prepare('SELECT min(human_id) FROM requirement').pluck().get() as string;
    db.prepare('UPDATE requirement SET text = ? WHERE human_id = ?').run('The spirometer may skip its calibration.', humanId);
  });
  return humanId;
}

test('the check on open finds a record edited outside Cairn and names it on the dashboard and the audit screen', async ({ page, projectDir }) => {
  const file = join(projectDir, 'tampered.cairn');
  const humanId = tamperedSample(file);
  const home = new HomePage(page);
  await home.goto();
  await home.openByPath(file);
  await new SignInPage(page).signIn(SAMPLE_OWNER, SAMPLE_OWNER.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  const card = page.getByTestId('integrity-status');
  const problems = card.getByRole('list', { name: 'Integrity problems' });
  await expect(card).toContainText('The project file was changed outside Cairn');
  await expect(problems).toContainText(`requirement ${humanId}: changed outside Cairn`);
  await expect(problems).toContainText('The spirometer may skip its calibration.');
  await page.screenshot({ path: test.info().outputPath('dashboard-integrity.png') });

  await new ShellPage(page).go('Audit trail');
  await expect(page.getByTestId('integrity-status').getByRole('list', { name: 'Integrity problems' })).toContainText(`requirement ${humanId}`);
});

test('an untouched copy is reported intact, with the rows counted and the time taken', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.openSample(join(projectDir, 'sample.cairn'));
  const card = page.getByTestId('integrity-status');
  await expect(card).toContainText('Intact');
  await expect(card).toContainText(/When the project was opened, all [\d,]+ audit trail rows and every record matched \(checked in \d+\.\d s\)/);
});
