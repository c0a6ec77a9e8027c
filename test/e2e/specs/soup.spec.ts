import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SoupPage } from '../pages/soup-page';
import { expect, test } from '../support/fixtures';

const lock = (axios: string, extra: Record<string, string>) =>
  JSON.stringify({
    name: 'breathwise-app',
    lockfileVersion: 3,
    packages: {
      '': {
        name: 'breathwise-app',
        dependencies: { axios: '^1', 'react-native-ble-plx': '^3', ...Object.fromEntries(Object.keys(extra).map((n) => [n, '*'])) },
        devDependencies: { jest: '^29' },
      },
      'node_modules/axios': { version: axios, license: 'MIT' },
      'node_modules/react-native-ble-plx': { version: '3.1.2', license: 'Apache-2.0' },
      'node_modules/follow-redirects': { version: '1.15.6', license: 'MIT' },
      'node_modules/jest': { version: '29.7.0', license: 'MIT', dev: true },
      ...Object.fromEntries(Object.entries(extra).map(([n, v]) => [`node_modules/${n}`, { version: v, license: 'MIT' }])),
    },
  });

test('import a lockfile, document a purpose, re-import a newer lockfile and accept the diff', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const soup = new SoupPage(page);
  await home.goto();
  await home.create({
    productName: 'BreathWise',
    manufacturer: 'Alder',
    ownerName: 'Ada Owner',
    email: 'ada@alder.example',
    password: 'alder-owner-pass',
    path: join(projectDir, 'bw'),
  });
  await soup.open();

  const first = await soup.preview('package-lock.json', lock('1.6.8', {}), 'app/package-lock.json');
  await expect(
    first.getByText(/3 to add, 0 version changes, 0 to remove, 0 unchanged. Not SOUP, so skipped: 1 development-only package and 0 packages of type declarations only./),
  ).toBeVisible();
  await first.getByRole('button', { name: 'Accept these changes' }).click();
  await expect(first.getByRole('status')).toContainText('3 added, 0 updated, 0 removed');
  await first.getByRole('button', { name: 'Close Import SOUP' }).click();

  // Transitive packages are hidden until asked for.
  await expect(soup.row('SOUP-001')).toContainText('axios');
  await expect(soup.row('SOUP-002')).toHaveCount(0);
  await page.getByLabel('Direct dependencies only').uncheck();
  await expect(soup.row('SOUP-002')).toContainText('follow-redirects');
  await page.getByLabel('Direct dependencies only').check();

  await soup.select('axios');
  const editor = page.getByRole('region', { name: /SOUP-001 axios 1\.6\.8/ });
  await editor.getByLabel(/^Purpose/).fill('HTTPS client that uploads sessions to the clinician portal.');
  await editor.getByLabel(/^Manufacturer or supplier/).fill('axios project');
  await editor.getByRole('button', { name: 'Save SOUP-001' }).click();
  await expect(editor.getByRole('status')).toHaveText('SOUP-001 saved.');
  await page.screenshot({ path: 'test-results/soup-list.png', fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  const second = await soup.preview('package-lock.json', lock('1.7.2', { 'victory-native': '40.0.2' }), 'app/package-lock.json');
  await expect(second.getByText('SOUP-001 axios: 1.6.8 → 1.7.2 (links become suspect)')).toBeVisible();
  await expect(second.getByText('victory-native 40.0.2')).toBeVisible();
  await page.screenshot({ path: 'test-results/soup-import-diff.png' });
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await second.getByRole('button', { name: 'Accept these changes' }).click();
  await expect(second.getByRole('status')).toContainText('1 added, 1 updated, 0 removed, 2 unchanged');
  await second.getByRole('button', { name: 'Close Import SOUP' }).click();

  await expect(soup.row('SOUP-001')).toContainText('1.7.2');
  await expect(soup.row('SOUP-004')).toContainText('victory-native');
  await soup.select('axios');
  await expect(page.getByRole('region', { name: /SOUP-001 axios 1\.7\.2/ }).getByLabel(/^Purpose/)).toHaveValue('HTTPS client that uploads sessions to the clinician portal.');

  // The SOUP list document carries the new version and the purpose written above.
  const shell = new ShellPage(page);
  const docs = new DocumentsPage(page);
  await shell.go('Documents');
  await docs.createRecordDocument(/SOUP list/, 'SOUP-LIST');
  const text = await docs.exportText(projectDir);
  expect(text).toContain('SOUP list');
  expect(text).toContain('SOUP-001 axios 1.7.2 axios project MIT HTTPS client that');
  expect(text).toContain('uploads sessions to the clinician portal.');
});
