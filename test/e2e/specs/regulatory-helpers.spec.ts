import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { expect, test } from '../support/fixtures';

const OWNER = { name: 'Mia Owner', email: 'mia@oximetry.example', password: 'owner-first-pass' };

test('the EU MDR and FDA helpers show the result of the answers as they are given and record it only on demand', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  await home.goto();
  await home.create({
    productName: 'Oxi Monitor',
    manufacturer: 'Oximetry Labs',
    ownerName: OWNER.name,
    email: OWNER.email,
    password: OWNER.password,
    path: join(projectDir, 'oxi'),
  });
  await shell.expectSignedIn(OWNER.name, 'Owner');
  await shell.go('Product');

  const mdr = page.getByRole('region', { name: 'EU MDR classification helper' });
  const answer = (legend: string | RegExp, choice: string) => mdr.getByRole('group', { name: legend }).getByLabel(choice, { exact: true }).check();
  const live = page.getByTestId('mdr-live');
  const record = mdr.getByRole('button', { name: 'Record this assessment' });
  // The result follows the answers as they are given, in words, and nothing is recorded until asked.
  await answer('Is the software a medical device in its own right?', 'No');
  await expect(live).toContainText('Result of these answers: Not a medical device (not recorded yet)');
  await expect(live).not.toContainText('not-a-device');
  await answer('Is the software a medical device in its own right?', 'Yes');
  // Follow-up questions appear only on their path.
  await expect(mdr.getByRole('group', { name: 'What is the class of that hardware device?' })).toHaveCount(0);
  await answer('Does it drive or influence the use of a hardware device?', 'No');
  await answer('Does it provide information used to take decisions for diagnosis or therapy?', 'No');
  await expect(live).toContainText('The result appears here once the questions on this path are answered.');
  await expect(record).toBeDisabled();
  await answer('Does it monitor physiological processes?', 'Yes');
  await answer('Could variations in those vital parameters put the patient in immediate danger?', 'Yes');
  await expect(live).toContainText('Class IIb');
  await expect(live).toContainText('Rule 11(b)');
  await expect(page.getByTestId('mdr-result')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/mdr-helper-live.png', fullPage: true });
  await record.click();
  await expect(page.getByTestId('mdr-result')).toContainText('Last recorded: Class IIb');
  await expect(page.getByTestId('mdr-result')).toContainText('1 assessment on record');
  // A what-if after recording changes the live result only: the history keeps what was recorded.
  await answer('Could variations in those vital parameters put the patient in immediate danger?', 'No');
  await expect(live).toContainText('Class IIa');
  await expect(page.getByTestId('mdr-result')).toContainText('Last recorded: Class IIb');
  await expect(page.getByTestId('mdr-result')).toContainText('1 assessment on record');

  const fda = page.getByRole('region', { name: 'FDA documentation level helper' });
  await fda
    .getByRole('group', { name: /probable risk of death or serious injury/ })
    .getByLabel('No', { exact: true })
    .check();
  await fda.getByRole('group', { name: 'Is the device FDA class III?' }).getByLabel('Yes', { exact: true }).check();
  await expect(page.getByTestId('fda-live')).toContainText(/class III/i);
  await fda.getByRole('button', { name: 'Record this assessment' }).click();
  await expect(page.getByTestId('fda-result')).toContainText('Last recorded: Basic documentation');

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await shell.go('Audit trail');
  await expect(page.getByText('EU MDR class assessed: IIb')).toBeVisible();
});
