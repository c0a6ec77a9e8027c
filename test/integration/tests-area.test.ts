import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture, OWNER } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

const junit = (name: string) => ({ fileName: name, base64: readFileSync(`test/fixtures/junit/${name}`).toString('base64') });

/** REQ-1 and REQ-2, a risk control RC-1 implemented by REQ-2, and a manual case TC-1 verifying REQ-1. */
async function setup() {
  const r1 = await f.ok('requirements.create', { title: 'Grade sessions', text: 'The app shall grade each session A to F by ATS/ERS repeatability.' });
  const r2 = await f.ok('requirements.create', { title: 'Reject implausible flow', text: 'The app shall reject flow readings above 14 L/s.' });
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'BreathWise app' });
  const hazard = await f.ok('risk.addRecord', { kind: 'hazard', name: 'Wrong FEV1', category: 'information-data' });
  const situation = await f.ok('risk.addRecord', { kind: 'situation', name: 'Decline missed' });
  const harm = await f.ok('risk.addRecord', { kind: 'harm', name: 'Delayed treatment' });
  const chain = await f.ok('risk.addChain', {
    hazardId: hazard.id,
    situationId: situation.id,
    harmId: harm.id,
    sequenceOfEvents: 'A spike is counted.',
    initial: { p1: 3, p2: 3, s: 3 },
    causes: [],
  });
  const control = await f.ok('risk.addControl', { chainIds: [chain.id], type: 'protective-measure', name: 'Plausibility check on flow' });
  await f.ok('risk.linkRequirement', { controlId: control.id, requirementId: r2.id });
  const tc1 = await f.ok('tests.createCase', {
    title: 'Session grading',
    objective: 'Show that a session is graded by repeatability.',
    steps: [
      { action: 'Record three blows within 150 mL', expected: 'Grade A shown' },
      { action: 'Record one valid blow', expected: 'Grade F shown' },
    ],
    requirementIds: [r1.id],
  });
  return { r1, r2, control, tc1 };
}

describe('test cases', () => {
  it('creates TC-n with steps and verified records, refuses a manual case without steps, and marks links suspect on change', async () => {
    const { r1, control, tc1 } = await setup();
    expect(tc1).toMatchObject({ humanId: 'TC-1', level: 'system', automated: false, steps: [{ position: 1 }, { position: 2 }] });
    expect(tc1.requirements).toEqual([{ id: r1.id, humanId: 'REQ-1', title: 'Grade sessions', suspect: false }]);
    expect((await f.fails('tests.createCase', { title: 'No steps' })).field).toBe('steps');
    const auto = await f.ok('tests.createCase', { title: 'Flow limit unit test', level: 'unit', automated: true, riskControlIds: [control.id] });
    expect(auto.humanId).toBe('TC-2');
    expect(auto.riskControls.map((c) => c.humanId)).toEqual(['RC-1']);
    expect((await f.fails('tests.createCase', { title: 'x', automated: true, requirementIds: [99] })).field).toBe('requirementIds.0');

    const changed = await f.ok('tests.updateCase', { id: tc1.id, steps: [{ action: 'Record three blows', expected: 'Grade A' }] });
    expect(changed.steps).toHaveLength(1);
    expect(changed.requirements[0]?.suspect).toBe(true);
    expect((await f.fails('tests.updateCase', { id: tc1.id, steps: [{ action: 'Record three blows', expected: 'Grade A' }] })).code).toBe('invalid_input');

    const relinked = await f.ok('tests.setVerifies', { id: tc1.id, requirementIds: [], riskControlIds: [control.id] });
    expect([relinked.requirements, relinked.riskControls.map((c) => c.humanId)]).toEqual([[], ['RC-1']]);
    const retired = await f.ok('tests.retireCase', { id: auto.id, retired: true });
    expect(retired.retired).toBe(true);
    const { rows } = await f.ok('audit.list', { filter: { entity: 'test_case' } });
    expect(rows.map((r) => r.summary)).toContain('TC-1 no longer verifies REQ-1');
  });

  it('lets only authors and owners write cases', async () => {
    await f.ok('users.add', { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-password-1' });
    await f.ok('session.signIn', { email: 'rita@example.com', password: 'reviewer-password-1' });
    expect((await f.fails('tests.createCase', { title: 'x', automated: true })).code).toBe('forbidden');
  });
});

describe('manual runs', () => {
  it('executes step by step, propagates a failure to the requirement and the control, and signs on completion', async () => {
    const { tc1, r2 } = await setup();
    const tc3 = await f.ok('tests.createCase', { title: 'Spike rejected', steps: [{ action: 'Inject a 20 L/s spike', expected: 'Reading rejected' }], requirementIds: [r2.id] });
    const run = await f.ok('tests.startRun', {
      softwareVersion: '1.0.0',
      environment: 'Pixel 7, Android 14, BreathWise spirometer fw 2.3',
      tools: 'Flow simulator FS-2 v1.4',
      caseIds: [tc1.id, tc3.id],
    });
    expect(run).toMatchObject({ humanId: 'RUN-1', source: 'manual', completedAt: null, counts: { 'not-run': 2 } });
    const [first, second] = run.results;
    if (!first || !second) throw new Error('two results expected');
    expect(first.steps.map((s) => s.outcome)).toEqual([null, null]);

    let detail = await f.ok('tests.recordStep', { resultId: first.id, position: 1, outcome: 'passed', actual: 'Grade A' });
    expect(detail.results[0]?.outcome).toBe('not-run');
    detail = await f.ok('tests.recordStep', { resultId: first.id, position: 2, outcome: 'passed', actual: 'Grade F' });
    expect(detail.results[0]).toMatchObject({ outcome: 'passed', executedByName: OWNER.name });
    expect((await f.fails('tests.completeRun', { id: run.id, password: OWNER.password })).message).toContain('TC-2');
    detail = await f.ok('tests.recordStep', { resultId: second.id, position: 1, outcome: 'failed', actual: 'Spike counted as a blow' });
    expect(detail.results[1]?.outcome).toBe('failed');
    expect((await f.fails('tests.recordStep', { resultId: second.id, position: 5, outcome: 'passed' })).field).toBe('position');

    const status = await f.ok('tests.status', { softwareVersion: '1.0.0' });
    expect(status.requirements.map((r) => [r.humanId, r.status])).toEqual([
      ['REQ-1', 'passed'],
      ['REQ-2', 'failed'],
    ]);
    expect(status.riskControls.map((r) => [r.humanId, r.status])).toEqual([['RC-1', 'failed']]);
    expect((await f.ok('tests.status', { softwareVersion: '2.0.0' })).requirements.map((r) => r.status)).toEqual(['not-run', 'not-run']);

    expect((await f.fails('tests.completeRun', { id: run.id, password: 'wrong-password' })).code).toBe('wrong_password');
    const done = await f.ok('tests.completeRun', { id: run.id, password: OWNER.password });
    expect(done.completedAt).not.toBeNull();
    expect(done.signatures).toMatchObject([{ meaning: 'executed', signerName: OWNER.name, current: true }]);
    expect((await f.fails('tests.recordStep', { resultId: first.id, position: 1, outcome: 'failed' })).code).toBe('conflict');
  });

  it('keeps attachments with their SHA-256 and refuses oversized ones', async () => {
    const { tc1 } = await setup();
    const run = await f.ok('tests.startRun', { softwareVersion: '1.0.0', caseIds: [tc1.id] });
    const resultId = run.results[0]?.id ?? 0;
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const withFile = await f.ok('tests.attach', { resultId, name: 'grade-a.png', mediaType: 'image/png', base64: png.toString('base64') });
    const info = withFile.results[0]?.attachments[0];
    expect(info).toMatchObject({ name: 'grade-a.png', mediaType: 'image/png', size: png.length, sha256: createHash('sha256').update(png).digest('hex') });
    const back = await f.ok('tests.attachment', { id: info?.id ?? 0 });
    expect(Buffer.from(back.base64, 'base64').equals(png)).toBe(true);
    const big = Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64');
    const refused = await f.fails('tests.attach', { resultId, name: 'huge.png', mediaType: 'image/png', base64: big });
    expect([refused.code, refused.field]).toEqual(['invalid_input', 'base64']);
    expect(refused.message).toMatch(/^huge\.png is larger than 5 MB/);
    expect((await f.ok('tests.getRun', { id: run.id })).results[0]?.attachments).toHaveLength(1);
  });
});

describe('JUnit import', () => {
  it('maps by [TC-n], by requirement property and by saved name; keeps and lists the rest', async () => {
    const { tc1, r1 } = await setup();
    const tagged = await f.ok('tests.createCase', { title: 'Flow conversion', level: 'unit', automated: true });
    expect(tagged.humanId).toBe('TC-2');
    await f.ok('tests.updateCase', { id: tagged.id, title: 'Flow conversion [renamed]' });
    const preview = await f.ok('tests.previewJunit', { ...junit('outcomes.xml'), softwareVersion: '1.0.0' });
    // REQ-1 is verified by TC-1, so the two tests carrying its property count for TC-1.
    expect(preview).toMatchObject({ tests: 5, passed: 2, failed: 1, errors: 1, skipped: 1, mapped: { id: 0, requirement: 2, saved: 0 } });
    expect(preview.unmappedNames).toEqual([
      'session.Sync › uploads a finished session',
      'session.Sync › retries an upload after a timeout',
      'session.Sync › keeps sessions offline',
    ]);
    expect(await f.auditCount()).toBeGreaterThan(0);

    const imported = await f.ok('tests.importJunit', { ...junit('outcomes.xml'), softwareVersion: '1.0.0', tools: 'vitest 4.1' });
    expect(imported.run).toMatchObject({ humanId: 'RUN-1', source: 'junit', fileName: 'outcomes.xml', unmapped: 3, counts: { passed: 2, failed: 1, error: 1, skipped: 1 } });
    expect(imported.run.completedAt).not.toBeNull();
    const status = await f.ok('tests.status', { softwareVersion: '1.0.0' });
    expect(status.requirements.find((r) => r.id === r1.id)?.status).toBe('failed');

    const mapped = await f.ok('tests.mapJunitName', { runId: imported.run.id, junitName: 'session.Sync › keeps sessions offline', testCaseId: tagged.id });
    expect(mapped.unmapped).toBe(2);
    expect((await f.fails('tests.mapJunitName', { runId: imported.run.id, junitName: 'session.Sync › keeps sessions offline', testCaseId: tagged.id })).code).toBe('not_found');
    const again = await f.ok('tests.previewJunit', { ...junit('outcomes.xml'), softwareVersion: '1.1.0' });
    expect(again.mapped).toEqual({ id: 0, requirement: 2, saved: 1 });

    const nested = await f.ok('tests.importJunit', { ...junit('nested-suites.xml'), softwareVersion: '1.0.0' });
    expect(nested.mapped.id).toBe(1);
    const run = await f.ok('tests.getRun', { id: nested.run.id });
    expect(run.results.find((r) => r.caseHumanId === 'TC-1')).toMatchObject({
      outcome: 'passed',
      junitName: 'flow.FlowSensor › [TC-1] converts pressure drop to flow',
      durationMs: 125,
    });
    // RUN-2 is later than RUN-1, so TC-1 now passes for 1.0.0 and REQ-1 with it.
    expect((await f.ok('tests.status', { softwareVersion: '1.0.0' })).requirements.find((r) => r.id === r1.id)?.status).toBe('passed');
    const summary = await f.ok('tests.summary', {});
    expect(summary.versions).toEqual(['1.0.0']);
    expect(summary.cases.find((c) => c.id === tc1.id)?.latest).toEqual({ '1.0.0': 'passed' });
  });

  it('refuses a bad file by name and writes nothing', async () => {
    await setup();
    const before = await f.auditCount();
    for (const [file, words] of [
      ['bad-malformed.xml', 'line 4'],
      ['bad-root.xml', '<results>'],
      ['bad-nameless.xml', 'no name attribute'],
    ] as const) {
      const error = await f.fails('tests.importJunit', { ...junit(file), softwareVersion: '1.0.0' });
      expect([error.code, error.field]).toEqual(['invalid_input', 'base64']);
      expect(error.message).toContain(file);
      expect(error.message).toContain(words);
    }
    expect(await f.auditCount()).toBe(before);
    expect(await f.ok('tests.runs', {})).toEqual([]);
  });

  it('reads real vitest and Playwright output and unicode names', async () => {
    await setup();
    for (const file of ['vitest-unit.xml', 'playwright-e2e.xml', 'unicode.xml']) {
      const result = await f.ok('tests.importJunit', { ...junit(file), softwareVersion: '1.0.0' });
      expect(result.tests).toBeGreaterThan(2);
    }
    const runs = await f.ok('tests.runs', { softwareVersion: '1.0.0' });
    expect(runs.map((r) => r.humanId)).toEqual(['RUN-3', 'RUN-2', 'RUN-1']);
    const unicode = await f.ok('tests.getRun', { id: runs[0]?.id ?? 0 });
    expect(unicode.results.map((r) => r.junitName)).toContain('i18n.ja › 肺活量を表示する');
  });
});
