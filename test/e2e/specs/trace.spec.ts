import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { RequirementsPage } from '../pages/requirements-page';
import { ShellPage } from '../pages/shell-page';
import { SoftwarePage } from '../pages/software-page';
import { TracePage } from '../pages/trace-page';
import { expect, test } from '../support/fixtures';

/** Items column of the requirements grid (after select, ID, title, text, type, source, criteria, verification, status). */
const ITEMS_COLUMN = 9;
const VERIFICATION_COLUMN = 7;

test('see trace gaps appear, close them where they are fixed, review a suspect link, export the matrix', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const software = new SoftwarePage(page);
  const requirements = new RequirementsPage(page);
  const trace = new TracePage(page);
  const docs = new DocumentsPage(page);
  await home.goto();
  await home.create({
    productName: 'PeakFlow Diary',
    manufacturer: 'Cedar Health',
    ownerName: 'Ida Owner',
    email: 'ida@cedar.example',
    password: 'cedar-owner-pass',
    path: join(projectDir, 'peakflow'),
  });
  await shell.go('Software');
  await software.addSystem('PeakFlow app');
  await software.addChild('SYS-001 PeakFlow app', 'item', 'Reading capture');
  await requirements.open();
  await requirements.add({ title: 'Peak flow entry', text: 'The app shall accept peak flow readings from 50 to 900 L/min.' });

  // The new requirement has no item and no verification; the item implements nothing yet.
  await trace.open();
  await expect(trace.tab(/^Gaps \(3\)/)).toBeVisible();
  await expect(trace.gaps('requirement-without-item')).toContainText('REQ-1 is not allocated to any software item');
  await expect(trace.gaps('requirement-without-verification')).toContainText('REQ-1 has no verification method');
  await expect(trace.gaps('item-without-requirement')).toContainText('ITEM-001 "Reading capture" implements no requirement');
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  await page.screenshot({ path: 'test-results/trace-gaps.png', fullPage: true });

  // Each gap leads to where it is fixed: allocate REQ-1 to the item and choose how it is verified.
  await trace
    .gaps('requirement-without-item')
    .getByRole('button', { name: /^Fix in Requirements/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Requirements' })).toBeVisible();
  await requirements.cell('REQ-1', ITEMS_COLUMN).click();
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Software items of REQ-1' });
  await picker.getByRole('checkbox', { name: /ITEM-001 Reading capture/ }).check();
  await picker.getByRole('button', { name: 'Save items' }).click();
  await expect(requirements.cell('REQ-1', ITEMS_COLUMN)).toContainText('ITEM-001');
  await requirements.cell('REQ-1', VERIFICATION_COLUMN).click();
  await page.keyboard.press('F2');
  await page.getByRole('combobox', { name: 'Verification of REQ-1' }).selectOption('test');
  await page.keyboard.press('Enter');
  await expect(requirements.cell('REQ-1', VERIFICATION_COLUMN)).toHaveText('Test');

  // Setting the method changed REQ-1 after it was linked, but REQ-1 is a draft whose link nobody has
  // reviewed yet: nothing rests on it, so it does not turn suspect (issue 17), and nothing else is missing.
  await trace.open();
  await expect(trace.tab(/^Gaps \(0\)/)).toBeVisible();
  await expect(page.getByTestId('no-gaps')).toContainText('No gaps: every one of 1 requirement, 2 software items, 0 SOUP items and 0 risk controls is traced.');

  // The matrix shows the trace; renaming the item makes the link suspect, in words.
  await trace.tab('Trace matrix').click();
  await expect(trace.matrixRow('REQ-1')).toContainText('ITEM-001');
  await shell.go('Software');
  await software
    .row('ITEM-001')
    .getByRole('button', { name: /^Rename/ })
    .click();
  await page.getByRole('textbox', { name: 'New name for ITEM-001' }).fill('Reading capture and range check');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await trace.open();
  await trace.tab('Trace matrix').click();
  await expect(trace.matrixRow('REQ-1')).toContainText('ITEM-001 (suspect)');
  await page.screenshot({ path: 'test-results/trace-matrix.png', fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  // The SRS lists the requirement under its item; the Traceability matrix carries the trace and the open suspect link.
  await shell.go('Documents');
  await docs.createRecordDocument(/Software requirements specification/, 'SRS');
  const srs = await docs.exportText(projectDir);
  expect(srs).toContain('Software requirements specification');
  expect(srs).toContain('REQ-1 Peak flow entry The app shall accept peak flow readings from 50 to 900');
  expect(srs).toContain('ITEM-001 Reading capture and range check (class C)');
  await docs.backToList();
  await docs.createRecordDocument(/Traceability matrix/, 'TRACE');
  const text = await docs.exportText(projectDir);
  expect(text).toContain('Traceability matrix');
  expect(text).toContain('REQ-1 Peak flow entry');
  expect(text).toContain('ITEM-001 (suspect)');
  expect(text).toContain('Suspect links awaiting review 1');
  expect(text).toContain('REQ-1 is implemented in ITEM-001: ITEM-001 was renamed or re-described — review the link.');
});
