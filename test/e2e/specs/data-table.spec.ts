import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { SoupPage } from '../pages/soup-page';
import { expect, test } from '../support/fixtures';

/** The names in the SOUP table's Name column, top to bottom, as drawn. */
const namesIn = (soup: SoupPage) => soup.page.locator('.soup-table tbody td:nth-child(2) .link-button').allTextContents();

test('the one data table sorts by a column from its header and moves between rows from the keyboard', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const soup = new SoupPage(page);
  await home.goto();
  await home.openSample(join(projectDir, 'sample'));
  await soup.open();
  await page.getByLabel('Direct dependencies only').uncheck();

  const table = page.getByRole('table', { name: /SOUP items, \d+ shown/ });
  const nameHeader = table.getByRole('columnheader', { name: 'Name' });
  // Unticking the filter reloads the list: wait until it shows them all before reading the order.
  await expect.poll(async () => (await namesIn(soup)).length).toBeGreaterThan(3);
  const listed = await namesIn(soup);
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none');

  // First press: A to Z; second: Z to A; third: back to the list's own order.
  const byName = [...listed].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  await nameHeader.getByRole('button', { name: 'Name' }).click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  expect(await namesIn(soup)).toEqual(byName);
  await nameHeader.getByRole('button', { name: 'Name' }).click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await namesIn(soup)).toEqual([...byName].reverse());
  await nameHeader.getByRole('button', { name: 'Name' }).click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none');
  expect(await namesIn(soup)).toEqual(listed);
  // A column without a sort value has a plain header.
  await expect(table.getByRole('columnheader', { name: 'Used by' }).getByRole('button')).toHaveCount(0);

  // Down and Up move focus a row at a time, End to the last row and Home back to the first.
  const first = table.getByRole('button', { name: listed[0], exact: true });
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(table.getByRole('button', { name: listed[1], exact: true })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('End');
  await expect(table.getByRole('button', { name: listed.at(-1), exact: true })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  // Enter still acts on the focused row: it opens that item.
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
});
