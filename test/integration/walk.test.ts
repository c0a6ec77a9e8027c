import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WalkStage, WalkStageId } from '../../shared/api/walk-types';
import { WALK_STAGE_IDS } from '../../shared/api/walk-types';
import { runCli } from '../support/cli';
import { CoreFixture, OWNER } from './core-fixture';

// The walk read from a real project file: states follow the records as they are added, and
// `cairn status --json` gives CI exactly {stages: [{id, title, state, reason, next}]} with exit 0.

let f: CoreFixture;
beforeAll(async () => {
  f = new CoreFixture();
  await f.project();
});
afterAll(() => f.dispose());

const stage = (stages: WalkStage[], id: WalkStageId) => stages.find((s) => s.id === id);

describe('walk.status', () => {
  it('on an empty project marks nothing done and blocks what waits for earlier work', async () => {
    const { projectClass, stages } = await f.ok('walk.status', {});
    expect(projectClass).toBe('C');
    expect(stages.map((s) => s.id)).toEqual([...WALK_STAGE_IDS]);
    expect(stages.filter((s) => s.state === 'done')).toEqual([]);
    expect(stage(stages, 'classification')).toMatchObject({ state: 'not_started', screen: 'software' });
    expect(stage(stages, 'development-plan')).toMatchObject({ state: 'blocked', reason: expect.stringMatching(/^Waits for Software safety classification/) });
    expect(stage(stages, 'release')?.state).toBe('blocked');
  });

  it('follows the records: a classified system and a requirement move their stages on', async () => {
    await f.ok('software.add', { parentId: null, kind: 'system', name: 'Bolus app', description: '' });
    await f.ok('classification.classifySystem', { systemId: 1, answers: { contributesToHazardousSituation: false } });
    await f.ok('requirements.create', { text: 'The app shows the bolus dose.', verificationMethod: 'test' });
    const { projectClass, stages } = await f.ok('walk.status', {});
    expect(projectClass).toBe('A');
    // Classified, but its document is not written: evidence, not the answers alone, closes a stage.
    expect(stage(stages, 'classification')).toMatchObject({ state: 'in_progress', reason: 'The safety classification is not written yet.' });
    expect(stage(stages, 'requirements')).toMatchObject({ state: 'in_progress', reason: expect.stringContaining('1 requirement not approved: REQ-') });
    expect(stage(stages, 'architecture')).toMatchObject({ state: 'done', reason: expect.stringMatching(/^Class A does not ask for an architecture/) });
  });

  it('cairn status --json prints exactly the stages CI reads and exits 0', async () => {
    await f.ok('project.close', {});
    const result = await runCli(['status', f.path(), '--user', OWNER.email, '--json'], { userData: join(f.dir, 'cli-user-data'), password: OWNER.password });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const body = JSON.parse(result.stdout) as { stages: Record<string, unknown>[] };
    expect(Object.keys(body)).toEqual(['stages']);
    expect(body.stages.map((s) => s.id)).toEqual([...WALK_STAGE_IDS]);
    for (const s of body.stages) {
      expect(Object.keys(s)).toEqual(['id', 'title', 'state', 'reason', 'next']);
      expect(['not_started', 'in_progress', 'done', 'blocked']).toContain(s.state);
    }
    const human = await runCli(['status', f.path(), '--user', OWNER.email], { userData: join(f.dir, 'cli-user-data'), password: OWNER.password });
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^The project follows class A\.\n\n 1\. Quality system: not started\n {4}Nothing recorded yet/);
  });
});
