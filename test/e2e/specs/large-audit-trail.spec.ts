import { AuditPage } from '../pages/audit-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import { expect, test } from '../support/fixtures';
import { createLargeProject, LARGE_OWNER } from '../support/large-project';

const GENERATED = 24_000;

test('a 24,000-row audit trail scrolls to its end, sorts and filters on the server', async ({ page, projectDir }) => {
  const project = await createLargeProject(projectDir, GENERATED);
  const home = new HomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  const audit = new AuditPage(page);

  await home.goto();
  await home.openByPath(project.path);
  await signIn.expectShown(project.productName);
  await signIn.signIn(LARGE_OWNER, LARGE_OWNER.password);
  await shell.go('Audit trail');
  const total = project.rows + 1; // the sign-in just now
  await audit.expectTotal(total);

  // Only a window of rows exists in the DOM, however long the trail.
  expect(await audit.bodyRows().count()).toBeLessThan(80);
  await expect(audit.grid).toHaveAttribute('aria-rowcount', String(total + 1));

  // Scrolled to the very bottom: the oldest rows, down to row 1, are there.
  await audit.scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  const lastRow = page.locator(`[data-index="${total - 1}"]`);
  await expect(lastRow).toBeVisible();
  await expect(audit.cells(total - 1).first()).toHaveText('1');
  await expect(lastRow).toContainText('Project "Large Trail Device" created');
  await expect(audit.cells(total - 2).first()).toHaveText('2');

  // The keyboard gets there too: Home, then End, on the focused table.
  await audit.scroller.evaluate((element) => element.scrollTo({ top: 0 }));
  await page.locator('[data-index="0"]').click();
  await expect(page.locator('[data-index="0"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(lastRow).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(audit.detail.getByRole('heading', { name: 'Row 1' })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(page.locator('[data-index="0"]')).toBeFocused();

  // Sorting by # ascending puts row 1 first; by who, Ada's rows come first.
  await audit.sortBy('#');
  await expect(audit.grid.getByRole('columnheader', { name: '#' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(audit.cells(0).first()).toHaveText('1');
  await audit.sortBy('#');
  await expect(audit.cells(0).first()).toHaveText(String(total));
  await audit.sortBy('Who');
  await expect(audit.grid.getByRole('columnheader', { name: 'Who' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(audit.cells(0).nth(2)).toHaveText('Ada Owner');
  await audit.scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(audit.cells(total - 1).nth(2)).toHaveText('Carla Reviewer');

  // Filters: each narrows the total to exactly what the generator wrote.
  const filters = audit.filters();
  await filters.getByLabel('Entity', { exact: true }).selectOption('hazard');
  await audit.expectTotal(project.perEntity.hazard!);
  await expect(audit.row(/HAZ-/).first()).toBeVisible();
  await expect(audit.bodyRows().filter({ hasText: 'REQ-' })).toHaveCount(0);

  await filters.getByLabel('Entity', { exact: true }).selectOption('');
  await filters.getByLabel('Search summary, entity ID or person').fill('REQ-00120');
  await audit.expectTotal(project.perEntityId['REQ-00120']!);
  await expect(audit.bodyRows().first()).toContainText('REQ-00120');

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await audit.expectTotal(total);
  await filters.getByLabel('From').fill('2025-01-03');
  await filters.getByLabel('To').fill('2025-01-04');
  await audit.expectTotal(project.perDay['2025-01-03']! + project.perDay['2025-01-04']!);

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Person', { exact: true }).selectOption({ label: 'Bruno Author' });
  await filters.getByLabel('Action', { exact: true }).selectOption({ label: 'Approve' });
  await audit.expectTotal(project.perPersonAction['Bruno Author|approve']!);
  await expect(audit.bodyRows().first()).toContainText('Bruno Author');
  await expect(audit.bodyRows().first()).toContainText('Approve');

  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByTestId('verify-result')).toHaveText(`Intact: all ${total.toLocaleString('en-US')} rows check out`);
});
