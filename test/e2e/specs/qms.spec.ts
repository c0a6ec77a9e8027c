import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ProductPage } from '../pages/product-page';
import { QmsPage } from '../pages/qms-page';
import { approveAlone } from '../support/approve-document';
import { pdftotext } from '../support/pdf-tools';
import { expect, test } from '../support/fixtures';

const FOUNDER = { name: 'Lena Hartmann', email: 'lena@pulsewise.example', password: 'pulsewise-founder' };

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

test('a three-person start-up sets up its QMS, approves the quality manual and exports the procedure set', async ({ page, projectDir }) => {
  // Eighteen documents, two signatures and a PDF export: beside another worker on two cores this needs more than the default minute.
  test.setTimeout(300_000);
  const home = new HomePage(page);
  const qms = new QmsPage(page);
  const product = new ProductPage(page);
  const docs = new DocumentsPage(page);
  await home.goto();
  await home.create({
    productName: 'PulseWise',
    manufacturer: 'PulseWise UG',
    ownerName: FOUNDER.name,
    email: FOUNDER.email,
    password: FOUNDER.password,
    path: join(projectDir, 'pulsewise'),
  });
  await qms.open();

  // 1. Company: the names the procedures will assign duties to.
  await qms.field('Legal name').fill('PulseWise UG (haftungsbeschränkt)');
  await qms.field('Top management (managing director or CEO)').fill('Lena Hartmann');
  await qms.field('Management representative (ISO 13485 5.5.2)').fill('Omar Haddad');
  await qms.field('Person responsible for regulatory compliance (MDR Art. 15)').fill('Dr. Ute Brenner');
  await qms.field('Number of people').fill('3');
  await qms.field(/PRRC is available under contract/).check();
  await qms.field('Address').fill('Torstraße 9, 10119 Berlin, Germany');
  await qms.field('Sites (one per line)').fill('Berlin (office)');
  await qms.field('Products (one per line)').fill('PulseWise arrhythmia screening app');
  await qms.button('Save company profile').click();
  await expect(qms.status()).toHaveText('Company profile saved.');
  // The markets are asked once, in the product profile: the company profile shows them and leads there.
  const company = page.getByRole('region', { name: 'Company profile' });
  await expect(company).toContainText('Markets None chosen yet.');
  await qms.button('Choose the markets in the product profile').click();
  await product.chooseMarkets(['European Union (MDR)']);
  await qms.open();
  await expect(company).toContainText('Markets European Union (MDR).');
  await expect(company).not.toContainText('Still missing');
  await page.screenshot({ path: 'test-results/qms-company.png', fullPage: true });
  await expectNoViolations(page, 'QMS company');

  // 2. Scope: software only, so seven clauses do not apply, each with its justification.
  await qms.tab('Scope');
  for (const question of [
    'Do you make, store or ship a physical product?',
    'Is any device supplied sterile or sterilised before use?',
    'Do you install or integrate the device at the customer’s site?',
    'Do you service devices in the field?',
    'Do you use calibrated monitoring or measuring equipment to show the product conforms?',
  ]) {
    await qms.answer(question, 'No');
  }
  await qms.button('Apply answers to the scope').click();
  await expect(qms.status()).toHaveText(/Scope saved/);
  await expect(page.getByTestId('scope-7.5.5')).toContainText('No device is supplied sterile');
  await expect(page.getByRole('table', { name: 'Clauses not applied, with their justification' }).getByRole('row')).toHaveCount(8);
  await expectNoViolations(page, 'QMS scope');

  // 3. Procedures: the set is created as drafts; every clause in scope then has a document.
  await qms.tab('Procedures');
  await qms.button('Create 18 procedure documents').click();
  await expect(qms.procedure('QM')).toContainText('v1 draft');
  await expect(qms.procedure('SOP-CAPA')).toContainText('v1 draft');
  await qms
    .procedure('SOP-CAPA')
    .getByRole('button', { name: /Edit sections of SOP-CAPA/ })
    .click();
  await expect(page.getByRole('heading', { level: 3, name: 'Corrective action' })).toBeVisible();
  await expect(page.getByText('ISO 13485:2016 8.5.2 · Cairn’s draft')).toBeVisible();
  await page.screenshot({ path: 'test-results/qms-sections.png', fullPage: true });
  await expectNoViolations(page, 'QMS sections');
  await qms.button('Back to the procedure set').click();

  await qms.tab('Coverage');
  await expect(page.getByTestId('coverage-documented')).toContainText('100 % (57 of 57)');
  await expect(page.getByTestId('coverage-approved')).toContainText('0 % (0 of 57)');

  // Approve the quality manual through the documents engine (a founder approving alone acknowledges it).
  await qms.tab('Procedures');
  await qms.procedure('QM').getByRole('button', { name: 'Open document QM' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /QM/ })).toBeVisible();
  await approveAlone(docs, FOUNDER);

  await qms.open();
  await qms.tab('Coverage');
  await expect(page.getByTestId('coverage-documented')).toContainText('100 % (57 of 57)');
  await expect(page.getByTestId('coverage-5.3')).toContainText('Approved document');
  await expect(page.getByTestId('coverage-8.5.2')).toContainText('Document in progress');
  await expect(page.getByTestId('coverage-7.5.5')).toContainText('Not applied');
  await page.screenshot({ path: 'test-results/qms-coverage.png', fullPage: true });
  await expectNoViolations(page, 'QMS coverage');

  // Training is now due on the approved manual.
  await qms.tab('Records');
  await expect(page.getByTestId('due-QM-1')).toContainText('Not trained on this procedure yet');
  await expectNoViolations(page, 'QMS records');

  // Export the approved procedures as one PDF and read it back.
  await qms.tab('Procedures');
  const download = page.waitForEvent('download');
  await qms.button('Export approved procedures (PDF)').click();
  const pdf = join(projectDir, (await download).suggestedFilename());
  await (await download).saveAs(pdf);
  const text = pdftotext(pdf).replace(/\s+/g, ' ');
  expect(text).toContain('PulseWise UG (haftungsbeschränkt)');
  expect(text).toContain('Management representative: Omar Haddad.');
  expect(text).toContain('available to the company permanently and continuously under contract');
  expect(text).toContain('With 3 people, one person holds several roles.');
});

test('the sample company’s quality system: records lists with Cairn’s own tool entry, training due, all accessible', async ({ page, projectDir }) => {
  test.setTimeout(300_000);
  const home = new HomePage(page);
  const qms = new QmsPage(page);
  await home.goto();
  await home.openSample(join(projectDir, 'sample'));
  await qms.open();
  await expect(qms.field('Legal name')).toHaveValue('Alder Respiratory Technologies GmbH');
  await qms.tab('Procedures');
  await expect(qms.procedure('QM')).toContainText('v1 approved');
  await expect(qms.procedure('SOP-CAPA')).toContainText('v1 approved');
  await expect(qms.procedure('QM')).toContainText('1 of 8');
  await qms.tab('Records');
  await expect(page.getByTestId('due-QM-1')).toContainText('Dr. Miriam Okafor');
  await expectNoViolations(page, 'QMS training');
  const list = qms.field('Record list');
  await list.selectOption({ label: 'QMS software tools' });
  await expect(page.getByTestId('record-TOOL-001')).toContainText('Cairn itself');
  await expect(page.getByTestId('record-TOOL-001')).toContainText('In progress');
  await page.getByTestId('record-TOOL-001').getByRole('button', { name: 'Edit TOOL-001' }).click();
  await expect(qms.field('Validation evidence (optional)')).toHaveValue(/hash-chain check/);
  await page.screenshot({ path: 'test-results/qms-tools.png', fullPage: true });
  await expectNoViolations(page, 'QMS tools');
  for (const [label, id] of [
    ['Qualified suppliers', 'SUP-002'],
    ['CAPAs', 'CAPA-001'],
    ['Internal audits', 'IA-001'],
    ['Management reviews', 'MR-001'],
  ] as const) {
    await list.selectOption({ label });
    await expect(page.getByTestId(`record-${id}`)).toBeVisible();
  }
  await expectNoViolations(page, 'QMS management reviews');
});
