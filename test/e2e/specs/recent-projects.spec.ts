import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { expect, test } from '../support/fixtures';

const PASSWORD = 'recent-list-pass';

async function createAndClose(home: HomePage, shell: ShellPage, productName: string, path: string) {
  await home.create({ productName, manufacturer: 'Recent Ltd', ownerName: 'Mo Recent', email: 'mo@recent.example', password: PASSWORD, path });
  await expect(home.page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await shell.closeProject();
  await expect(home.page.getByRole('heading', { name: 'Create a project' })).toBeVisible();
}

test('open an existing project from the recent list; a missing file is marked and can be forgotten', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const signIn = new SignInPage(page);
  await home.goto();
  await expect(home.recentSection).toContainText('will be listed here');

  await createAndClose(home, shell, 'Glucose Coach', join(projectDir, 'glucose-coach'));
  await createAndClose(home, shell, 'Sleep Monitor', join(projectDir, 'sleep-monitor.cairn'));

  // Newest first, with the full path; the create form now suggests the same folder.
  await expect(home.recentSection.getByRole('listitem')).toHaveCount(2);
  await expect(home.recentSection.getByRole('listitem').first()).toContainText('Sleep Monitor');
  await expect(home.recentItem('Glucose Coach')).toContainText(join(projectDir, 'glucose-coach.cairn'));
  await home.createSection.getByLabel('Product name').fill('Next One');
  await expect(home.createSection.getByLabel('Project file')).toHaveValue(join(projectDir, 'next-one.cairn'));

  // A file that has gone is shown as missing, without an Open button, and can be forgotten.
  rmSync(join(projectDir, 'sleep-monitor.cairn'));
  await page.reload();
  await expect(home.recentItem('Sleep Monitor')).toContainText('Missing');
  await expect(home.recentSection.getByRole('button', { name: 'Open Sleep Monitor' })).toHaveCount(0);
  await home.recentSection.getByRole('button', { name: 'Forget Sleep Monitor' }).click();
  await expect(home.recentItem('Sleep Monitor')).toHaveCount(0);

  // Opening from the list leads to the sign-in page for that project.
  await home.openRecent('Glucose Coach');
  await signIn.expectShown('Glucose Coach');
  await signIn.signIn({ name: 'Mo Recent', email: 'mo@recent.example' }, PASSWORD);
  await shell.expectSignedIn('Mo Recent', 'Owner');
  await expect(page.getByTestId('product-name')).toHaveText('Glucose Coach');
});

test('opening a path that is not a project shows the reason at the path field', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.openByPath(join(projectDir, 'nothing-here.cairn'));
  const field = home.openSection.getByLabel('Project file path');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/No file at .*nothing-here\.cairn/);
});
