import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPlanView } from '../../shared/api/dev-plan-types';
import { CoreFixture } from './core-fixture';

// The sample project's development plan: what a newcomer sees when they open BreathWise's plan.

let f: CoreFixture;
let plan: DevPlanView;
beforeAll(async () => {
  f = new CoreFixture();
  await f.sample();
  plan = await f.ok('devPlan.get', {});
}, 120_000);
afterAll(() => f.dispose());

const step = (id: string) => plan.steps.find((s) => s.id === id);

describe('BreathWise development plan', () => {
  it('has every step class B requires written, most done, and work still in progress', () => {
    expect(plan.projectClass).toBe('B');
    expect(plan.progress).toEqual({ required: 15, requiredDone: 14, missing: 0, written: 16 });
    expect(step('maintenance')).toMatchObject({ required: true, done: false, state: 'edited' });
  });

  it('keeps the team’s own words where its tools and habits matter, and Cairn’s drafts elsewhere', () => {
    expect(step('lifecycle')?.text).toContain('two-week increments');
    expect(step('integration')?.text).toContain('GitHub Actions');
    expect(step('configuration')?.text).toContain('release/x.y branch');
    expect(step('common-defects')?.text).toMatch(/tsc strict mode.*ESLint/s);
    expect(step('standards-tools')).toMatchObject({ required: false, state: 'edited' });
    expect(step('team')).toMatchObject({ state: 'generated', updatedBy: 'Jonas Brandt' });
    expect(step('team')?.text).toContain('Henrik Vogel (approver)');
    // Written after the requirements and SOUP of 1.0.0, so Cairn's drafts counted them; the requirement drafted
    // for 1.1.0 since then makes exactly the two steps that count requirements out of date, as it should.
    expect(step('deliverables')?.text).toMatch(/At the time of writing the project holds 32 software requirements and \d+ SOUP items\./);
    expect(plan.steps.filter((s) => s.state === 'generated-outdated').map((s) => s.id)).toEqual(['deliverables', 'risk']);
  });
});
