import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { ArchitecturePage } from '../pages/architecture-page';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SoftwarePage } from '../pages/software-page';
import { expect, test } from '../support/fixtures';

test('draw the architecture: add an interface, see it in the diagram and the list, review it and export the SAD', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const software = new SoftwarePage(page);
  const architecture = new ArchitecturePage(page);
  const documents = new DocumentsPage(page);
  await home.goto();
  await home.create({
    productName: 'InfuSafe',
    manufacturer: 'Drip Medical',
    ownerName: 'Olu Owner',
    email: 'olu@drip.example',
    password: 'drip-owner-pass',
    path: join(projectDir, 'infusafe'),
  });
  await shell.go('Software');
  await software.addSystem('Pump controller');
  await software.addChild('SYS-001 Pump controller', 'item', 'Dose engine');
  await software.addChild('SYS-001 Pump controller', 'item', 'Event log');

  // An unclassified system counts as class C: the screen says what the class still asks for.
  await shell.go('Architecture');
  await expect(page.getByRole('region', { name: 'What the class still asks for' })).toContainText('SYS-001 Pump controller is class C: record its interfaces (5.3.2).');
  await architecture.addToExternal('Motor commands', 'ITEM-001 Dose engine', 'Motor driver board', 'SPI');
  await expect(architecture.row('IF-1')).toContainText('ITEM-001 Dose engine');
  await expect(architecture.row('IF-1')).toContainText('Motor driver board (external)');
  await expect(architecture.box('external:Motor driver board')).toBeVisible();
  await expect(architecture.edge(1)).toContainText('IF-1');
  await page.getByText('Diagram as text').click();
  await expect(page.getByRole('listitem').filter({ hasText: 'IF-1 Motor commands: ITEM-001 Dose engine → Motor driver board (external)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What the class still asks for' })).toContainText('Class C: everything the class asks of the architecture is recorded.');

  // Boxes are buttons: choosing the event log by keyboard lists only its interfaces (none yet).
  const eventLog = architecture.box('software:3');
  await eventLog.focus();
  await page.keyboard.press('Enter');
  await expect(eventLog).toHaveAttribute('aria-pressed', 'true');
  await expect(architecture.interfaces).toContainText('The chosen box has no interfaces.');
  await page.keyboard.press('Enter');
  await expect(architecture.row('IF-1')).toBeVisible();

  await architecture.recordReview('Architecture review (5.3.6)', 'drip-owner-pass');
  await expect(page.getByRole('status')).toHaveText('REV-1 recorded and signed: passed.');
  await page.screenshot({ path: 'test-results/architecture.png', fullPage: true });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await shell.go('Documents');
  await documents.createRecordDocument(/Software architecture description/, 'SAD');
  const text = await documents.exportText(projectDir);
  for (const expected of ['Architecture diagram', 'Motor commands', 'Motor driver board', 'IF-1', 'ITEM-002', 'Software architecture verification (5.3.6)', 'REV-1'])
    expect(text).toContain(expected);
});
