import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPlanView } from '../../shared/api/dev-plan-types';
import { runCli } from '../support/cli';
import { CoreFixture, OWNER } from './core-fixture';

// `cairn dev-plan` through a real process: the step list, and exit 3 while a required step is empty.

let f: CoreFixture;
beforeAll(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump controller' });
  await f.ok('classification.classifySystem', { systemId: 1, answers: { contributesToHazardousSituation: false } });
  await f.ok('devPlan.updateStep', { stepId: 'lifecycle', text: 'Two-week increments.' });
  await f.ok('project.close', {});
});
afterAll(() => f.dispose());

const cairn = (...args: string[]) => runCli(['dev-plan', f.path(), '--user', OWNER.email, ...args], { userData: join(f.dir, 'cli-user-data'), password: OWNER.password });

describe('cairn dev-plan', () => {
  it('lists the steps with required and written state and exits 3 while required steps are empty', async () => {
    const result = await cairn();
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('Required steps: 11, done 0, missing 10.');
    expect(result.stdout).toMatch(/· 5\.1\.1 a Lifecycle model and phases +required +written by the team/);
    expect(result.stdout).toMatch(/✗ 5\.1\.1 Team and resources +required +empty/);
    expect(result.stdout).toMatch(/· 5\.1\.4 Standards, methods and tools +optional +empty/);
  });

  it('gives the whole plan as JSON and exits 0 once every required step is written', async () => {
    const before = JSON.parse((await cairn('--json')).stdout) as DevPlanView;
    expect(before.steps.find((s) => s.id === 'lifecycle')).toMatchObject({ text: 'Two-week increments.', state: 'edited', revision: 1 });
    await f.ok('project.open', { path: f.path() });
    await f.ok('session.signIn', { email: OWNER.email, password: OWNER.password });
    for (const step of before.steps.filter((s) => s.missing)) await f.ok('devPlan.resetStep', { stepId: step.id });
    await f.ok('project.close', {});
    const after = await cairn('--json');
    expect(after.code).toBe(0);
    expect((JSON.parse(after.stdout) as DevPlanView).progress.missing).toBe(0);
  });
});
