import { join } from 'node:path';
import { DocumentsPage } from '../pages/documents-page';
import { HomePage } from '../pages/home-page';
import { ShellPage } from '../pages/shell-page';
import { SoftwarePage } from '../pages/software-page';
import { expect, test } from '../support/fixtures';

test('after classifying in the UI, the SSC and the compliance plan are created and exported from the Documents screen', async ({ page, projectDir }) => {
  const home = new HomePage(page);
  const shell = new ShellPage(page);
  const software = new SoftwarePage(page);
  const docs = new DocumentsPage(page);
  await home.goto();
  await home.create({
    productName: 'PeakFlow Diary',
    manufacturer: 'Airway Digital',
    ownerName: 'Lena Owner',
    email: 'lena@airway.example',
    password: 'airway-owner-pass',
    path: join(projectDir, 'peakflow'),
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  await shell.go('Software');
  await software.addSystem('PeakFlow app');
  await software.classify('SYS-001 PeakFlow app', { contributes: 'Yes', acceptable: 'No', harm: 'Non-serious injury' });
  await software.saveClassification('SYS-001 classified as class B.');

  await shell.go('Documents');
  await docs.createRecordDocument(/Software safety classification/, 'SSC');
  const ssc = await docs.exportText(projectDir);
  // The class, the answers behind it and the derived rationale, as the wizard recorded them.
  expect(ssc).toContain('SSC v1 Software safety classification PeakFlow Diary');
  expect(ssc).toContain('System Name Class Status SYS-001 PeakFlow app B classified');
  expect(ssc).toContain('Worst possible harm non-serious injury Decided');
  expect(ssc).toContain(
    'by Lena Owner Class B. A failure of this software system can contribute to a hazardous situation whose risk stays unacceptable after external risk control measures',
  );
  expect(ssc).toContain('No external risk control is credited.');

  await docs.backToList();
  await docs.createRecordDocument(/IEC 62304 compliance plan/, '62304-PLAN');
  const plan = await docs.exportText(projectDir);
  // The class B basis, 85 required clauses, and per clause whether it applies, with the reason when not.
  expect(plan).toContain('Class B: the highest class among the 1 classified software system.');
  expect(plan).toContain('All processes 0 85');
  expect(plan).toContain('5.1.1 Software development plan Yes Not started Software development plan (SDP)');
  expect(plan).toContain('5.1.4 Software development standards, methods and No — Not required for class B: Table A.1 asks for it in class C only.');
  expect(plan).toMatch(/5\.6\.1 Integrate software units Yes Not started/);
  expect(plan).toContain('5.4.2 Develop detailed design for each software unit No — Not required for class B');
  expect(plan).toContain('7.1.3 Evaluate published SOUP anomaly lists Yes Not started');
});
