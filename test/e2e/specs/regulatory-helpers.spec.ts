import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { expect, test } from '../support/fixtures';

const OWNER = { name: 'Mia Owner', email: 'mia@oximetry.example', password: 'owner-first-pass' };

test('the EU MDR and FDA helpers follow the answers, refuse a missing one and keep each result', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  await home.goto();
  await home.create({ productName: 'Oxi Monitor', manufacturer: 'Oximetry Labs', ownerName: OWNER.name, email: OWNER.email, password: OWNER.password, path: join(projectDir, 'oxi') });
  await shell.expectSignedIn(OWNER.name, 'Owner');
  await shell.go('Product');

  const mdr = page.getByRole('region', { name: 'EU MDR classification helper' });
  const answer = (legend: string | RegExp, choice: string) => mdr.getByRole('group', { name: legend }).getByLabel(choice, { exact: true }).check();
  await answer('Is the software a medical device in its own right?', 'Yes');
  // Follow-up questions appear only on their path.
  await expect(mdr.getByRole('group', { name: 'What is the class of that hardware device?' })).toHaveCount(0);
  await answer('Does it drive or influence the use of a hardware device?', 'No');
  await answer('Does it provide information used to take decisions for diagnosis or therapy?', 'No');
  await mdr.getByRole('button', { name: 'Record this assessment' }).click();
  await expect(mdr.getByRole('group', { name: 'Does it monitor physiological processes?' })).toHaveAttribute('aria-invalid', 'true');
  await answer('Does it monitor physiological processes?', 'Yes');
  await answer('Could variations in those vital parameters put the patient in immediate danger?', 'Yes');
  await mdr.getByRole('button', { name: 'Record this assessment' }).click();
  await expect(page.getByTestId('mdr-result')).toContainText('Class IIb');
  await expect(page.getByTestId('mdr-result')).toContainText('Rule 11(b)');
  await expect(page.getByTestId('mdr-result')).toContainText('1 assessment on record');

  const fda = page.getByRole('region', { name: 'FDA documentation level helper' });
  await fda.getByRole('group', { name: /probable risk of death or serious injury/ }).getByLabel('No', { exact: true }).check();
  await fda.getByRole('group', { name: 'Is the device FDA class III?' }).getByLabel('Yes', { exact: true }).check();
  await fda.getByRole('button', { name: 'Record this assessment' }).click();
  await expect(page.getByTestId('fda-result')).toContainText('Basic documentation');
  await expect(page.getByTestId('fda-result')).toContainText(/class III/i);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await shell.go('Audit trail');
  await expect(page.getByText('EU MDR class assessed: IIb')).toBeVisible();
});
