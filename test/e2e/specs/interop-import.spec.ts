import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { RequirementsPage } from '../pages/requirements-page';
import { RiskPage } from '../pages/risk-page';
import { RiskTablePage } from '../pages/risk-table-page';
import { TracePage } from '../pages/trace-page';
import { expect, test } from '../support/fixtures';

// Issue 19 points 3 and 4 on screen: a workbook's sheet is chosen in the risk import as in the requirement
// import, with the header row it found; imported XHTML shows formatted in the requirements grid, its
// scripts and handlers gone.

const HEADER = ['Hazard', 'Hazardous situation', 'Harm', 'P1', 'P2', 'Severity'];

/** A cover sheet, this year's risks under two title rows, and last year's in a sheet of their own. */
async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Cover').addRow(['Risk table of the BreathWise app']);
  const current = book.addWorksheet('Risks 2026');
  current.addRow(['BreathWise risk table']);
  current.addRow(['Issued for review']);
  current.addRow(HEADER);
  current.addRow(['Wrong FEV1 shown as normal', 'Patient skips the action plan', 'Delayed treatment', 4, 3, 4]);
  current.addRow(['Stale sync', 'Patient trusts an old trend', 'Missed exacerbation', 3, 3, 4]);
  const old = book.addWorksheet('Risks 2025');
  old.addRow(HEADER);
  old.addRow(['Battery drain', 'Phone dies during a reading', 'Reading lost', 2, 2, 2]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('risk import from a workbook: the first sheet with a header, its header row shown, another sheet chosen and imported', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const table = new RiskTablePage(page);
  await home.goto();
  await home.create({
    productName: 'BreathWise',
    manufacturer: 'Alder',
    ownerName: 'Ada Owner',
    email: 'ada@alder.example',
    password: 'alder-owner-pass',
    path: join(projectDir, 'bw'),
  });
  await new RiskPage(page).open();

  await page.getByRole('button', { name: 'Import CSV or Excel…' }).click();
  const dialog = table.importDialog();
  await dialog
    .getByLabel('CSV file to import')
    .setInputFiles({ name: 'risks.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await workbook() });
  const sheet = dialog.getByLabel('Sheet');
  await expect(sheet).toHaveValue('Risks 2026');
  await expect(sheet.getByRole('option')).toHaveText(['Cover', 'Risks 2026', 'Risks 2025']);
  await expect(dialog.getByTestId('import-header-row')).toHaveText('Column names read from row 3 of sheet “Risks 2026”; the rows above it are left out.');
  await expect(dialog).toContainText('risks.xlsx: 2 rows, 6 columns.');
  await page.screenshot({ path: 'test-results/risk-import-sheet.png' });

  await sheet.selectOption('Risks 2025');
  await expect(dialog).toContainText('risks.xlsx: 1 rows, 6 columns.');
  await expect(dialog.getByTestId('import-header-row')).toHaveText('Column names read from row 1 of sheet “Risks 2025”.');
  await expect(dialog.getByLabel('Hazard (required)')).toHaveValue('Hazard');
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await expect(dialog.getByTestId('risk-import-ready')).toHaveText('All 1 rows can be imported.');
  await dialog.getByRole('button', { name: 'Import 1 chains' }).click();
  await expect(dialog.getByRole('status')).toContainText('1 risk chains imported; new: 1 hazards');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('risk-shown')).toHaveText('1 chain');
});

test('imported XHTML shows formatted in the requirements grid, with nothing executable left', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const requirements = new RequirementsPage(page);
  await home.goto();
  await home.create({
    productName: 'Pump',
    manufacturer: 'Alder',
    ownerName: 'Ada Owner',
    email: 'ada@alder.example',
    password: 'alder-owner-pass',
    path: join(projectDir, 'pump'),
  });
  await requirements.open();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  const plain = '<xhtml:p>The system shall detect a single air bubble of 50 µl or more in the line.</xhtml:p>';
  const hostile =
    '<xhtml:div><xhtml:p onmouseover="alert(1)">Stop the <xhtml:b>motor</xhtml:b> <xhtml:i>at once</xhtml:i> when:</xhtml:p>' +
    '<xhtml:ul><xhtml:li>air is detected</xhtml:li><xhtml:li>the door opens</xhtml:li></xhtml:ul>' +
    '<xhtml:script>alert("boom")</xhtml:script><xhtml:img src="x" onerror="alert(2)"/></xhtml:div>';
  const xml = readFileSync('test/fixtures/reqif/tools/capella.reqif', 'utf8').replace(plain, hostile);
  const dialog = await requirements.importFile('capella.reqif', 'application/xml', Buffer.from(xml, 'utf8'));
  await dialog.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(dialog.getByRole('status')).toContainText('2 added');
  await dialog.getByRole('button', { name: 'Done' }).click();

  const text = requirements.row('SYS-101').getByTestId('rich-text');
  await expect(text.locator('b')).toHaveText('motor');
  await expect(text.locator('i')).toHaveText('at once');
  await expect(text.locator('li')).toHaveText(['air is detected', 'the door opens']);
  await expect(page.locator('main script, main img, main [onmouseover], main [onerror]')).toHaveCount(0);
  await text.hover();
  await page.screenshot({ path: 'test-results/requirements-rich-text.png' });
  expect(dialogs).toEqual([]);

  // The file's "Derived" relation is a trace link: the matrix lists it at both ends.
  const trace = new TracePage(page);
  await trace.open();
  await trace.tab('Trace matrix').click();
  await expect(trace.matrixRow('SYS-102').getByRole('cell').last()).toHaveText('is derived from SYS-101');
  await expect(trace.matrixRow('SYS-101').getByRole('cell').last()).toHaveText('SYS-102 is derived from this');
  await page.screenshot({ path: 'test-results/trace-matrix-relations.png' });
});
