import { join } from 'node:path';
import { ArchitecturePage } from '../pages/architecture-page';
import { HomePage } from '../pages/home-page';
import { ProductPage } from '../pages/product-page';
import { DevPlanPage } from '../pages/dev-plan-page';
import { DocumentsPage } from '../pages/documents-page';
import { QmsPage } from '../pages/qms-page';
import { ReleasesPage } from '../pages/releases-page';
import { RequirementsPage } from '../pages/requirements-page';
import { answerReview } from '../pages/review-dialog';
import { SoupPage } from '../pages/soup-page';
import { TestsPage } from '../pages/tests-page';
import { VerificationPage } from '../pages/verification-page';
import { SoftwarePage } from '../pages/software-page';
import { WalkPage } from '../pages/walk-page';
import { approveAlone } from '../support/approve-document';
import { expect, test } from '../support/fixtures';

const FOUNDER = { name: 'Noor Petersen', email: 'noor@bolus.example', password: 'bolus-founder-pass' };
const REQUIREMENTS = [
  { title: 'Bolus from carbohydrates', text: 'The app shall compute the meal bolus as carbohydrates divided by the carbohydrate ratio, rounded down to 0.05 units.' },
  { title: 'Warning above the maximum bolus', text: 'The app shall refuse a suggested bolus above the user’s maximum bolus and say why.' },
];
/** How the interface dialog indents an item under its system. */
const INDENT = '\u00a0\u00a0';
/** The app's lockfile: one runtime dependency, one development tool that is not SOUP. */
const LOCKFILE = JSON.stringify({
  name: 'bolusmate',
  lockfileVersion: 3,
  packages: {
    '': { name: 'bolusmate', dependencies: { 'decimal.js': '^10' }, devDependencies: { vitest: '^1' } },
    'node_modules/decimal.js': { version: '10.4.3', license: 'MIT' },
    'node_modules/vitest': { version: '1.6.0', license: 'MIT', dev: true },
  },
});

/**
 * A newcomer who only follows the dashboard's "next" actions, from an empty project towards a released
 * 1.0.0 of a class B insulin bolus app. Each stage's state is checked as it turns, on the dashboard and
 * against walk.status. If a "next" leads somewhere the work cannot be done, the product is at fault.
 */
test('from an empty project, following only the dashboard’s next actions', async ({ page, projectDir }) => {
  test.setTimeout(600_000);
  page.setDefaultTimeout(20_000);
  const home = new HomePage(page);
  const walk = new WalkPage(page);
  const qms = new QmsPage(page);
  const product = new ProductPage(page);
  const docs = new DocumentsPage(page);
  const software = new SoftwarePage(page);
  const devPlan = new DevPlanPage(page);
  const requirements = new RequirementsPage(page);
  const soup = new SoupPage(page);
  const architecture = new ArchitecturePage(page);
  const verification = new VerificationPage(page);
  const tests = new TestsPage(page);
  const releases = new ReleasesPage(page);
  await home.goto();
  await home.create({
    productName: 'BolusMate',
    manufacturer: 'Bolus Health',
    ownerName: FOUNDER.name,
    email: FOUNDER.email,
    password: FOUNDER.password,
    path: join(projectDir, 'bolusmate'),
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await walk.expectStates({ 'quality-system': 'not_started', 'risk-plan': 'not_started', classification: 'not_started', 'development-plan': 'blocked', release: 'blocked' });
  await page.screenshot({ path: 'test-results/journey-1-empty.png', fullPage: true });

  // 1. Quality system.
  await walk.next('Describe the company and its scope on the Quality system screen', 'Quality system');
  await qms.field('Legal name').fill('Bolus Health ApS');
  await qms.field('Top management (managing director or CEO)').fill(FOUNDER.name);
  await qms.field('Management representative (ISO 13485 5.5.2)').fill(FOUNDER.name);
  await qms.field('Person responsible for regulatory compliance (MDR Art. 15)').fill('Dr. Jonas Berg');
  await qms.field('Number of people').fill('2');
  await qms.field('Address').fill('Nørregade 4, 1165 København, Denmark');
  await qms.field('Sites (one per line)').fill('Copenhagen (office)');
  await qms.field('Products (one per line)').fill('BolusMate insulin bolus calculator');
  await qms.button('Save company profile').click();
  await expect(qms.status()).toHaveText('Company profile saved.');
  await walk.expectStates({ 'quality-system': 'in_progress' });
  // The markets are asked once, in the product profile; the walk leads there for them.
  await walk.next('Choose the markets the product is sold in, in the product profile', 'Product');
  await product.chooseMarkets(['European Union (MDR)', 'United States (FDA)']);
  // The scope comes before any procedure: it decides which are needed.
  await walk.next('Answer the scope questions: they decide which procedures are needed', 'Quality system');
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
  // Each needed procedure, as the walk names them one after the other.
  for (let action = await walk.nextAction(), count = 0; action.startsWith('Write and approve '); action = await walk.nextAction(), count++) {
    expect(count, 'every procedure is approved once').toBeLessThan(19);
    const key = action.slice('Write and approve '.length);
    await walk.next(action, 'Quality system');
    await qms.tab('Procedures');
    const create = qms.button(/^Create \d+ procedure documents$/);
    if (await create.isVisible()) await create.click();
    await qms
      .procedure(key)
      .getByRole('button', { name: `Open document ${key}` })
      .click();
    await approveAlone(docs, FOUNDER);
  }
  await walk.expectStates({ 'quality-system': 'done', 'risk-plan': 'not_started', classification: 'not_started' });

  /** The stage's document, created and approved where its "next" leads: the Documents screen. */
  async function approveStageDocument(title: string, type: RegExp, docKey: string) {
    await walk.next(`Create the ${title} on the Documents screen`, 'Documents');
    await docs.createRecordDocument(type, docKey);
    await approveAlone(docs, FOUNDER);
  }

  // 2. Risk management plan.
  await walk.next('Write the risk management plan: scope, responsibilities and acceptability criteria', 'Risk management');
  await page.getByRole('tab', { name: 'Plan and overall evaluation' }).click();
  await page.getByLabel('Scope').fill('BolusMate insulin bolus calculator, release 1.0, used at home by adults with type 1 diabetes.');
  await page
    .getByLabel('Criterion for the overall residual risk')
    .fill('Acceptable when every residual risk is acceptable and the benefit of dosing support outweighs what remains.');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveText('Risk management plan saved.');
  await walk.expectStates({ 'risk-plan': 'in_progress' });
  await approveStageDocument('risk management plan', /Risk management plan/, 'RISK-PLAN');
  await walk.expectStates({ 'quality-system': 'done', 'risk-plan': 'done' });

  // 3. Software safety classification: class B.
  await walk.next('Add the software system and answer the classification questions', 'Software');
  await software.addSystem('BolusMate app');
  await software.classify('SYS-001 BolusMate app', { contributes: 'Yes', acceptable: 'No', harm: 'Non-serious injury' });
  await software.saveClassification('SYS-001 classified as class B.');
  await walk.expectStates({ classification: 'in_progress', 'development-plan': 'blocked' });
  await approveStageDocument('safety classification', /Software safety classification/, 'SSC');
  await walk.expectStates({ classification: 'done' });
  expect((await walk.status()).projectClass).toBe('B');
  await page.screenshot({ path: 'test-results/journey-2-classified.png', fullPage: true });

  // 4. Software development plan: every step from Cairn's draft, saved and marked done.
  await walk.next('Work through the development plan steps', 'Development plan');
  for (let step = 1; ; step++) {
    await expect(devPlan.heading()).toHaveText(new RegExp(`^Step ${step} of \\d+:`));
    await devPlan.button('Save step').click();
    await expect(devPlan.source).toContainText('Revision 1');
    await devPlan.button('Mark step done').click();
    await expect(devPlan.button('Mark step done')).toHaveCount(0);
    if (!(await devPlan.button('Next step').isEnabled())) break;
    await devPlan.button('Next step').click();
  }
  await expect(devPlan.progress).toContainText(/Class B: (\d+) of \1 required steps done/);
  await walk.expectStates({ 'development-plan': 'in_progress' });
  await approveStageDocument('software development plan', /Software development plan/, 'SDP');
  await walk.expectStates({ 'development-plan': 'done', requirements: 'not_started', architecture: 'blocked' });

  // 5. Software requirements: written, approved, allocated, reviewed, and the SRS approved.
  await walk.next('Write the first software requirements', 'Requirements');
  for (const requirement of REQUIREMENTS) await requirements.add(requirement);
  await walk.expectStates({ requirements: 'in_progress' });
  // Class B asks each requirement's acceptance criteria and verification method, then its approval.
  // Class B asks each requirement's source, acceptance criteria and verification method, then its approval:
  // the walk and the requirement's panel both name those fields.
  expect((await walk.status()).stages.find((s) => s.id === 'requirements')?.reason).toContain('(source, acceptance criteria and verification method)');
  await walk.next('Complete the requirements: the fields their class asks for', 'Requirements');
  for (const [id, acceptanceCriteria] of [
    ['REQ-1', '60 g at 1 unit per 12 g gives 5.00 units.'],
    ['REQ-2', 'Any bolus above the maximum is refused with the maximum named.'],
  ] as const) {
    await expect(await requirements.detail(id)).toContainText('class B still asks for its source, acceptance criteria and verification method');
    const panel = await requirements.edit(id, { source: 'user-need', acceptanceCriteria, verificationMethod: 'test' });
    await expect(panel).not.toContainText('still asks for');
  }
  await walk.next('Approve the requirements that are ready', 'Requirements');
  for (const id of ['REQ-1', 'REQ-2']) await requirements.edit(id, { status: 'approved' });
  await walk.next('Allocate each requirement to the software items that implement it', 'Requirements');
  for (const id of ['REQ-1', 'REQ-2']) await requirements.allocate(await requirements.detail(id), id, [/^SYS-001 BolusMate app/]);
  await walk.next('Review the requirements and record the review (5.2.6)', 'Requirements');
  await page.getByRole('button', { name: 'Review checklist…' }).click();
  await answerReview(page.getByRole('dialog'), FOUNDER.password);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await approveStageDocument('software requirements specification', /Software requirements specification/, 'SRS');
  await walk.expectStates({ requirements: 'done', soup: 'not_started', architecture: 'not_started' });

  // 6. SOUP: imported from the app's lockfile and documented as class B asks.
  await walk.next('Import the SOUP from a package lock, or add each item', 'SOUP');
  await soup.importAll('package-lock.json', LOCKFILE, 'app/package-lock.json');
  await walk.expectStates({ soup: 'in_progress' });
  await walk.next('Complete the SOUP items: purpose, requirements and anomaly review', 'SOUP');
  await soup.document('SOUP-001', 'decimal.js', {
    supplier: 'MikeMcl (decimal.js project)',
    purpose: 'Exact decimal arithmetic for insulin doses.',
    functional: 'Adds, multiplies and rounds decimals without binary floating-point error.',
    performance: 'A bolus calculation finishes within 10 ms on the slowest supported phone.',
    needs: 'Any ES2015 JavaScript engine; no native code.',
    risk: 'high',
    anomalies: 'Open issues of 10.4.3 read: none affects rounding to 0.05 units.',
  });
  await approveStageDocument('SOUP list', /SOUP list/, 'SOUP-LIST');
  await walk.expectStates({ soup: 'done', architecture: 'not_started', 'detailed-design': 'blocked' });

  // 7. Architecture: the system split into items in the software tree, their interface, the review, the SAD.
  await walk.next('Split the software system into software items', 'Software');
  await software.addChild('SYS-001 BolusMate app', 'item', 'Dose engine');
  await software.addChild('SYS-001 BolusMate app', 'item', 'Meal entry');
  await walk.expectStates({ architecture: 'in_progress' });
  await walk.next('Describe the interfaces between the software items', 'Architecture');
  await architecture.addBetween('Meal to dose', `${INDENT}ITEM-002 Meal entry`, `${INDENT}ITEM-001 Dose engine`, 'Function calls');
  // Each item implements a requirement and each SOUP item is used by an item: the trace the release checks.
  await walk.next('Allocate the requirements to the software items that implement them', 'Requirements');
  await requirements.allocate(await requirements.detail('REQ-1'), 'REQ-1', [/^ITEM-001 Dose engine/, /^ITEM-002 Meal entry/]);
  await requirements.allocate(await requirements.detail('REQ-2'), 'REQ-2', [/^ITEM-001 Dose engine/]);
  await walk.next('Name the software items that use each SOUP item', 'SOUP');
  await soup.useIn('SOUP-001', 'decimal.js', [/^ITEM-001 Dose engine/]);
  await walk.next('Review the architecture and record the review (5.3.6)', 'Architecture');
  await architecture.recordReview('Architecture review (5.3.6)', FOUNDER.password);
  await approveStageDocument('software architecture description', /Software architecture description/, 'SAD');
  await walk.expectStates({ architecture: 'done', 'detailed-design': 'not_started' });
  await page.screenshot({ path: 'test-results/journey-3-mid-way.png', fullPage: true });

  // 8. Detailed design: class B asks the items divided into units.
  await walk.next('Divide the software items into software units', 'Software');
  await software.addChild('ITEM-001 Dose engine', 'unit', 'Bolus formula');
  await software.addChild('ITEM-002 Meal entry', 'unit', 'Carbohydrate form');
  await walk.expectStates({ 'detailed-design': 'done', 'unit-verification': 'not_started' });

  // 9. Unit implementation and verification: each unit verified and signed.
  await walk.next('Record the verification of each software unit', 'Verification records');
  await verification.verifyUnit(/^UNIT-001 /, 'PR #12', FOUNDER.password);
  await walk.expectStates({ 'unit-verification': 'in_progress' });
  await walk.next('Record the verification of each software unit', 'Verification records');
  await verification.verifyUnit(/^UNIT-002 /, 'PR #14', FOUNDER.password);
  await walk.expectStates({ 'unit-verification': 'done', testing: 'not_started', release: 'blocked' });

  // 10. Integration and system testing: a case per requirement, run for 1.0.0 and signed.
  await walk.next('Write test cases that verify the requirements', 'Tests');
  await tests.addCase('Meal bolus', [['Enter 60 g with a ratio of 1 unit per 12 g', '5.00 units is suggested']], ['REQ-1']);
  await tests.addCase('Bolus above the maximum', [['Enter 300 g with a maximum bolus of 15 units', 'No bolus is suggested; the maximum is named']], ['REQ-2']);
  await walk.expectStates({ testing: 'in_progress' });
  await walk.next('Start a test run for the version to release', 'Tests');
  await tests.startRun('1.0.0', 'Pixel 7, Android 14', 'None');
  await tests.recordStep('TC-1', 1, 'passed', '5.00 units suggested');
  await tests.recordStep('TC-2', 1, 'passed', 'Refused: above the maximum bolus of 15 units');
  await walk.expectStates({ testing: 'in_progress' });
  await walk.next('Complete the open test runs', 'Tests');
  await tests.tab('Runs').click();
  await tests.completeRun(FOUNDER.password);
  // The documents that show the verification whole, which the release waits for.
  await walk.expectStates({ testing: 'in_progress' });
  await approveStageDocument('traceability matrix', /Traceability matrix/, 'TRACE');
  await approveStageDocument('risk analysis', /Risk analysis/, 'RISK-ANALYSIS');
  await walk.expectStates({ testing: 'done', release: 'not_started' });

  // 11. Release: the record, its checklist step by step, the signature, and 1.0.0 released.
  await walk.next('Create the release record for the version to ship', 'Releases');
  await releases.start('1.0.0');
  await walk.expectStates({ release: 'in_progress' });
  await walk.next('Work through the release checklist of 1.0.0', 'Releases');
  await releases.save({ Title: 'First release', 'Release notes': 'Meal bolus suggestions with a maximum-bolus limit.' });
  await releases.openStep('build', 'Build');
  await releases.save({
    'Build procedure': 'Tag v1.0.0, then run the release pipeline, which builds and signs the app bundle.',
    'Build environment': 'CI runner on Ubuntu 24.04, Node 22, Android SDK 35.',
  });
  await releases.openStep('archive', 'Archive');
  await releases.archive('Company drive, releases/bolusmate/1.0.0', { name: 'bolusmate-1.0.0.aab', buffer: Buffer.from('BolusMate 1.0.0 bundle\n') });
  await releases.openStep('delivery', 'Delivery');
  await releases.confirmDelivery('Published to the app stores as a signed bundle.', 'Downloaded from the store console and compared the SHA-256.');
  await walk.next('Sign and release 1.0.0', 'Releases');
  await releases.openStep('approve', 'Approve and release');
  await page.getByLabel('Your password (electronic signature)').fill(FOUNDER.password);
  await page.getByRole('button', { name: 'Sign the release' }).click();
  await page.getByRole('button', { name: 'Release 1.0.0' }).click();
  await expect(page.getByTestId('release-released')).toBeVisible();
  await walk.expectStates({ release: 'done', maintenance: 'done' });
  expect((await walk.status()).stages.filter((s) => s.state !== 'done').map((s) => `${s.id}: ${s.reason}`)).toEqual([]);
  await page.screenshot({ path: 'test-results/journey-4-released.png', fullPage: true });
});
