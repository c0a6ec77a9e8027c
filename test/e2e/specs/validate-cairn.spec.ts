import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { QmsPage } from '../pages/qms-page';
import { pdfsig, pdftotext } from '../support/pdf-tools';
import { expect, test } from '../support/fixtures';

const QA = { name: 'Nora Quist', email: 'nora@tidepool.example', password: 'tidepool-quality-1' };

// The quick scope (OQ-01 and OQ-02, no project work) keeps this spec to seconds; the full run is the
// same child process with more scenarios, covered by validate-command.test.ts and validation-run.test.ts.
test('the quality lead validates Cairn on this computer from the app, sees every step and opens the signed report recorded against Cairn', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const qms = new QmsPage(page);
  await home.goto();
  await home.create({ productName: 'Tidepool', manufacturer: 'Tidepool GmbH', ownerName: QA.name, email: QA.email, password: QA.password, path: join(projectDir, 'tidepool') });
  await qms.open();
  await qms.tab('Tools');

  await qms.field('Scenarios').selectOption('quick');
  await qms.button('Validate Cairn on this computer').click();
  const result = page.getByTestId('validation-result');
  // A child process starts Cairn's CLI and runs the IQ and two scenarios: seconds, more than the 10 s default on a loaded machine.
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(qms.status()).toHaveText(/^Validation (passed|found failures); the report is recorded against TOOL-001\.$/);
  for (const id of ['IQ-01', 'IQ-02', 'IQ-03', 'IQ-04', 'IQ-05', 'IQ-06', 'IQ-07', 'OQ-01', 'OQ-02']) await expect(page.getByTestId(`validation-${id}`)).toBeVisible();
  await expect(page.getByTestId('validation-OQ-01')).toContainText('Passed');
  await expect(page.getByTestId('validation-OQ-03')).toHaveCount(0);
  await expect(result).toContainText('Recorded against TOOL-001: Cairn');
  await expect(result).toContainText('OQ-03, OQ-04, OQ-05, OQ-06, OQ-07, OQ-08, OQ-09, OQ-10 were not run, so this run qualifies nothing');
  await page.screenshot({ path: 'test-results/validate-cairn.png', fullPage: true });

  // Cairn's entry in the tool list below is the one the run was recorded against.
  await expect(page.getByTestId('record-TOOL-001')).toContainText('Cairn itself');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Open the report/ }).click();
  const pdf = join(projectDir, (await download).suggestedFilename());
  await (await download).saveAs(pdf);
  expect(pdf).toMatch(/cairn-\d+\.\d+\.\d+-validation-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = pdftotext(pdf);
  expect(text).toContain('validation report');
  expect(text.replace(/\s+/g, ' ')).toContain(`Signed by ${QA.email}`);
  expect(pdfsig(pdf)).toContain('Signature is Valid.');
});
