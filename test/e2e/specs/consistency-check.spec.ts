import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { RequirementsPage } from '../pages/requirements-page';
import { ShellPage } from '../pages/shell-page';
import { expect, test } from '../support/fixtures';

/** Status column of the requirements grid (after select, ID, title, text, type, source, criteria, verification). */
const STATUS_COLUMN = 8;

async function setStatus(requirements: RequirementsPage, humanId: string, status: string): Promise<void> {
  await requirements.cell(humanId, STATUS_COLUMN).click();
  await requirements.page.keyboard.press('F2');
  await requirements.page.getByRole('combobox', { name: `Status of ${humanId}` }).selectOption(status);
  await requirements.page.keyboard.press('Enter');
}

test('the consistency check names a contradiction, links to where it is fixed, and drops it once fixed', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const requirements = new RequirementsPage(page);
  await home.goto();
  await home.create({
    productName: 'PeakFlow Diary',
    manufacturer: 'Cedar Health',
    ownerName: 'Ida Owner',
    email: 'ida@cedar.example',
    password: 'cedar-owner-pass',
    path: join(projectDir, 'peakflow'),
  });
  await requirements.open();
  await requirements.add({ title: 'Peak flow entry', text: 'The app shall accept peak flow readings from 50 to 900 L/min.' });
  // Marked Verified although no test ever ran: the records contradict each other.
  await setStatus(requirements, 'REQ-1', 'verified');
  await expect(requirements.cell('REQ-1', STATUS_COLUMN)).toHaveText('Verified');

  await shell.go('Consistency check');
  const finding = page.getByTestId('finding-verified-without-passing-test');
  await expect(finding).toContainText('REQ-1 is marked Verified, but no completed test run exists.');
  await expect(finding).toContainText('IEC 62304 5.7.4');
  await expect(page.getByRole('heading', { name: '1 error, 0 warnings' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  await page.screenshot({ path: 'test-results/consistency-check.png', fullPage: true });

  await finding.getByRole('button', { name: /^Fix in Requirements/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Requirements' })).toBeVisible();
  await setStatus(requirements, 'REQ-1', 'implemented');
  await expect(requirements.cell('REQ-1', STATUS_COLUMN)).toHaveText('Implemented');

  await shell.go('Consistency check');
  await expect(page.getByTestId('no-findings')).toBeVisible();
  await expect(finding).toHaveCount(0);
});
