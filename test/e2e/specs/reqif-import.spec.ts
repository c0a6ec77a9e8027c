import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { RequirementsPage } from '../pages/requirements-page';
import { expect, test } from '../support/fixtures';

// Issue 19: a DOORS-style ReqIF imports with the mapping Cairn proposes; the dialog shows that mapping, the
// file's quirk as a warning, and what the import made of headings and relations.
test('import a DOORS ReqIF with no hand-made mapping: mapping, warnings, sections and relations shown', async ({ page, projectDir }) => {
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

  const dialog = await requirements.importFile('doors.reqif', 'application/xml', readFileSync('test/fixtures/reqif/tools/doors.reqif'));
  await expect(dialog.getByText(/^doors\.reqif: 5 rows from DOORS 9\.7\. .* 1 relation between objects will come along\.$/)).toBeVisible();
  await expect(dialog.getByLabel('Text (required)')).toHaveValue('Object Text');
  await expect(dialog.getByLabel('Section heading')).toHaveValue('Object Heading');
  await expect(dialog.getByRole('region', { name: 'Read with warnings' })).toContainText('attribute definition "_ole-text"');
  await page.screenshot({ path: 'test-results/reqif-import-mapping.png' });

  await dialog.getByRole('button', { name: 'Import 5 rows' }).click();
  await expect(dialog.getByRole('status')).toContainText('3 added, 0 updated, 0 unchanged, 0 skipped; 2 sections, 1 relation.');
  await expect(dialog.getByRole('region', { name: 'Warnings' })).toContainText('"_ole-text"');
  await page.screenshot({ path: 'test-results/reqif-import-done.png' });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('requirements-total')).toContainText('3 requirements');
});
