import { join } from 'node:path';
import { HomePage } from '../pages/home-page';
import { DevPlanPage } from '../pages/dev-plan-page';
import { DocumentsPage } from '../pages/documents-page';
import { QmsPage } from '../pages/qms-page';
import { SoftwarePage } from '../pages/software-page';
import { WalkPage } from '../pages/walk-page';
import { approveAlone } from '../support/approve-document';
import { expect, test } from '../support/fixtures';

const FOUNDER = { name: 'Noor Petersen', email: 'noor@bolus.example', password: 'bolus-founder-pass' };

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
  const docs = new DocumentsPage(page);
  const software = new SoftwarePage(page);
  const devPlan = new DevPlanPage(page);
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
  await qms.field('European Union (MDR)').check();
  await qms.field(/United States/).check();
  await qms.button('Save company profile').click();
  await expect(qms.status()).toHaveText('Company profile saved.');
  await walk.expectStates({ 'quality-system': 'in_progress' });
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
  await page.screenshot({ path: 'test-results/journey-2-quality-system.png', fullPage: true });

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
  await page.screenshot({ path: 'test-results/journey-3-classified.png', fullPage: true });

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
  await walk.expectStates({ 'development-plan': 'done' });
});
