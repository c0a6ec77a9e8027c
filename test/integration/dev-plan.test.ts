import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump controller' });
  await f.ok('classification.classifySystem', { systemId: 1, answers: { contributesToHazardousSituation: false } });
});
afterEach(() => f.dispose());

const step = async (id: string) => (await f.ok('devPlan.get', {})).steps.find((s) => s.id === id);

describe('development plan', () => {
  it('lists every step for the class, class B and C steps optional for class A, nothing written yet', async () => {
    const plan = await f.ok('devPlan.get', {});
    expect(plan.projectClass).toBe('A');
    expect(plan.steps).toHaveLength(16);
    expect(plan.steps.find((s) => s.id === 'integration')).toMatchObject({ required: false, missing: false, state: 'empty', classes: ['B', 'C'] });
    expect(plan.steps.find((s) => s.id === 'team')).toMatchObject({ required: true, missing: true, revision: 0, updatedBy: null });
    expect(plan.steps.find((s) => s.id === 'team')?.draft).toContain('Acme Medical develops Infusion Pump');
    expect(plan.progress).toEqual({ required: 11, requiredDone: 0, missing: 11, written: 0 });
  });

  it('saves an edit as a revision with who and when, audited with before and after', async () => {
    const plan = await f.ok('devPlan.updateStep', { stepId: 'lifecycle', text: '  Two-week increments with a review at the end of each.\n' });
    const lifecycle = plan.steps.find((s) => s.id === 'lifecycle');
    expect(lifecycle).toMatchObject({ text: 'Two-week increments with a review at the end of each.', state: 'edited', revision: 1, updatedBy: 'Ada Owner', missing: false });
    await f.ok('devPlan.updateStep', { stepId: 'lifecycle', text: 'Four-week increments.' });
    expect(await step('lifecycle')).toMatchObject({ revision: 2 });
    const { rows } = await f.ok('audit.list', { filter: { entity: 'dev_plan_step' } });
    expect(rows[0]).toMatchObject({ entityId: 'lifecycle', summary: 'Development plan 5.1.1 a Lifecycle model and phases edited (revision 2)' });
    expect(rows[0]?.before).toMatchObject({ text: 'Two-week increments with a review at the end of each.' });
    expect(rows[0]?.after).toMatchObject({ text: 'Four-week increments.' });
  });

  it("resets a step to Cairn's draft, refuses no-op saves and resets, and changes nothing when refusing", async () => {
    const reset = await f.ok('devPlan.resetStep', { stepId: 'risk' });
    const risk = reset.steps.find((s) => s.id === 'risk');
    expect(risk?.state).toBe('generated');
    expect(risk?.text).toBe(risk?.draft);
    const audits = await f.auditCount();
    expect(await f.fails('devPlan.resetStep', { stepId: 'risk' })).toMatchObject({ code: 'invalid_input', field: 'stepId' });
    expect(await f.fails('devPlan.updateStep', { stepId: 'risk', text: risk?.text ?? '' })).toMatchObject({ code: 'invalid_input', field: 'text' });
    expect(await f.fails('devPlan.updateStep', { stepId: 'no-such-step', text: 'x' })).toMatchObject({ code: 'invalid_input', field: 'stepId' });
    expect(await f.auditCount()).toBe(audits);
    // Typing Cairn's own words back counts as the draft, not as an edit.
    await f.ok('devPlan.updateStep', { stepId: 'risk', text: 'Changed.' });
    expect((await f.ok('devPlan.updateStep', { stepId: 'risk', text: risk?.draft ?? '' })).steps.find((s) => s.id === 'risk')?.state).toBe('generated');
  });

  it('shows a saved draft as outdated once the facts behind it change', async () => {
    await f.ok('devPlan.resetStep', { stepId: 'team' });
    await f.ok('users.add', { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-password-1' });
    const team = await step('team');
    expect(team?.state).toBe('generated-outdated');
    expect(team?.draft).toContain('Rita Reviewer (reviewer)');
  });

  it('counts the requirements in the deliverables draft once there are any', async () => {
    expect((await step('deliverables'))?.draft).not.toContain('At the time of writing');
    await f.ok('requirements.create', { title: 'Stop on occlusion', text: 'The pump stops within 2 s of an occlusion alarm.' });
    expect((await step('deliverables'))?.draft).toContain('At the time of writing the project holds 1 software requirement.');
  });

  it('marks written steps done, refuses empty ones, and an emptied step is no longer done', async () => {
    await f.ok('devPlan.resetStep', { stepId: 'team' });
    await f.ok('devPlan.resetStep', { stepId: 'verification' });
    const before = await f.auditCount();
    expect(await f.fails('devPlan.markDone', { stepIds: ['team', 'maintenance'], done: true })).toMatchObject({ code: 'invalid_input', field: 'stepIds' });
    expect(await f.auditCount()).toBe(before);
    const done = await f.ok('devPlan.markDone', { stepIds: ['team', 'verification'], done: true });
    expect(done.progress.requiredDone).toBe(2);
    expect(await f.fails('devPlan.markDone', { stepIds: ['team'], done: true })).toMatchObject({ code: 'invalid_input' });
    expect(await f.auditCount()).toBe(before + 2);
    const cleared = await f.ok('devPlan.updateStep', { stepId: 'team', text: '' });
    expect(cleared.steps.find((s) => s.id === 'team')).toMatchObject({ state: 'empty', done: false, missing: true });
  });

  it('makes a step required and missing when the class goes up', async () => {
    expect(await step('common-defects')).toMatchObject({ required: false, missing: false });
    await f.ok('classification.classifySystem', {
      systemId: 1,
      answers: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'non-serious-injury' },
    });
    const plan = await f.ok('devPlan.get', {});
    expect(plan.projectClass).toBe('B');
    expect(plan.steps.find((s) => s.id === 'common-defects')).toMatchObject({ required: true, missing: true });
    expect(plan.steps.find((s) => s.id === 'standards-tools')).toMatchObject({ required: false });
    expect(plan.progress.missing).toBe(15);
  });

  it('shows its progress beside the compliance plan clauses it writes, whose status now follows the plan’s records', async () => {
    await f.ok('devPlan.resetStep', { stepId: 'team' });
    await f.ok('devPlan.resetStep', { stepId: 'lifecycle' });
    await f.ok('devPlan.markDone', { stepIds: ['team'], done: true });
    const plan = await f.ok('plan.get', {});
    const clause = (id: string) => plan.clauses.find((c) => c.clause === id);
    // Steps written but the SDP not approved: the records say in progress (issue 17: status from evidence).
    expect(clause('5.1.1')).toMatchObject({ status: 'in_progress', source: 'evidence', devPlan: { steps: 4, written: 2, done: 1 } });
    expect(clause('6.1')?.devPlan).toEqual({ steps: 1, written: 0, done: 0 });
    expect(clause('5.2.1')?.devPlan).toBeNull();
  });

  it('lets only authors and owners write the plan', async () => {
    await f.ok('users.add', { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-password-1' });
    await f.ok('session.signOut', {});
    await f.ok('session.signIn', { email: 'rita@example.com', password: 'reviewer-password-1' });
    expect((await f.ok('devPlan.get', {})).steps).toHaveLength(16);
    expect(await f.fails('devPlan.resetStep', { stepId: 'team' })).toMatchObject({ code: 'forbidden' });
  });
});
