import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/connection';
import { openProjectDb } from '../support/project-db';
import { addChange, addProblem, addRun, addTestCase, setProblem } from '../support/release-evidence';
import { CoreFixture, OWNER } from './core-fixture';

let f: CoreFixture;
let db: Db;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
  db = openProjectDb(f.path());
});
afterEach(async () => {
  db.close();
  await f.dispose();
});

const CLASS = {
  A: { contributesToHazardousSituation: false },
  B: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'non-serious-injury' },
} as const;
const SHA = 'ab'.repeat(32);

/** A class A product with one tested and one inspected requirement; returns the tested requirement's id and its test case. */
async function classAProduct() {
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump app', description: '' });
  await f.ok('classification.classifySystem', { systemId: 1, answers: CLASS.A });
  const tested = await f.ok('requirements.create', { text: 'The app shows the infusion rate.', verificationMethod: 'test' });
  await f.ok('requirements.create', { text: 'The label names the manufacturer.', verificationMethod: 'inspection' });
  return { requirement: tested, testCase: addTestCase(db, 'TC-1', [tested.id]) };
}

/** A draft release of `version` with every manual part of the checklist filled in. */
async function filledRelease(version: string) {
  const created = await f.ok('releases.create', { version, title: `Pump app ${version}` });
  await f.ok('releases.update', {
    id: created.id,
    buildProcedure: 'npm ci && npm run dist on a clean checkout of the tag',
    buildEnvironment: 'Node 20.11, Debian 12 build server',
    delivery: 'Signed installer on the customer portal',
    archiveLocation: 'Document vault, folder releases',
    confirmations: { 'delivery-verified': { confirmed: true, note: 'Downloaded from the portal and compared the SHA-256' } },
  });
  return f.ok('releases.addArtefact', { id: created.id, name: `pump-${version}.msi`, sha256: SHA.toUpperCase(), sizeBytes: 1024 });
}

const clauseBlockers = (blockers: string[], clause: string) => blockers.filter((b) => b.startsWith(`${clause}:`));

describe('release checklist', () => {
  it('names what blocks a version and clears each blocker as its evidence arrives', async () => {
    const { requirement, testCase } = await classAProduct();
    let check = await f.ok('releases.check', { version: '1.0.0' });
    expect(check.safetyClass).toBe('A');
    expect(clauseBlockers(check.blockers, '5.8.1')).toEqual([`5.8.1: 1 requirement without a passed test in a completed run of 1.0.0: ${requirement.humanId}.`]);
    expect(clauseBlockers(check.blockers, '5.8.7')[0]).toMatch(/no release record for this version yet/);

    addRun(db, 'RUN-1', '1.0.0', [[testCase, 'failed']]);
    addRun(db, 'RUN-2', '1.0.0', [[testCase, 'passed']], null);
    addRun(db, 'RUN-3', '0.9.0', [[testCase, 'passed']]);
    check = await f.ok('releases.check', { version: '1.0.0' });
    expect(clauseBlockers(check.blockers, '5.8.1')).toEqual([
      `5.8.1: 1 requirement without a passed test in a completed run of 1.0.0: ${requirement.humanId}.`,
      '5.8.1: 1 test case failed in 1.0.0 and not passed since: TC-1 (RUN-1).',
      '5.8.1: Test runs of 1.0.0 not completed: RUN-2.',
    ]);
    db.prepare("UPDATE test_run SET completed_at = '2026-01-02T00:00:00.000Z' WHERE human_id = 'RUN-2'").run();
    const problem = addProblem(db, 'PR-1', 'Rate shown with one decimal too few');
    await filledRelease('1.0.0');
    check = await f.ok('releases.check', { version: '1.0.0' });
    expect(check.blockers).toEqual(['5.8.2: Open problem reports with no decision (fix, defer or no action): PR-1.']);

    setProblem(db, problem, { decision: 'defer' });
    const detail = await f.ok('releases.get', { version: '1.0.0' });
    expect(detail.checklist.ready).toBe(true);
    expect(detail.anomalies.map((a) => a.humanId)).toEqual(['PR-1']);
    expect(detail.checklist.items.find((i) => i.clause === '5.8.7')?.evidence).toContain(`pump-1.0.0.msi SHA-256 ${SHA}`);
  });

  it('holds class B to the anomaly evaluation, the build record and finished activities', async () => {
    const { testCase } = await classAProduct();
    await f.ok('classification.classifySystem', { systemId: 1, answers: CLASS.B });
    addRun(db, 'RUN-1', '1.0.0', [[testCase, 'passed']]);
    addProblem(db, 'PR-1', 'Chart redraw flickers', { decision: 'defer' });
    addChange(db, 'CR-1', '1.0.0', 'implemented');
    addChange(db, 'CR-2', '1.0.0', 'verified');
    await filledRelease('1.0.0');
    const check = await f.ok('releases.check', { version: '1.0.0' });
    expect(check.safetyClass).toBe('B');
    expect(clauseBlockers(check.blockers, '5.8.3')).toEqual([
      '5.8.3: Not yet evaluated against the risk file (affects safety?): PR-1.',
      '5.8.3: No evaluation that the anomaly does not contribute to an unacceptable risk: PR-1.',
    ]);
    const activities = clauseBlockers(check.blockers, '5.8.6');
    expect(activities[0]).toMatch(/^5\.8\.6: \d+ trace gaps? open: /);
    expect(activities[1]).toContain('Software safety classification (not created)');
    expect(activities[2]).toBe('5.8.6: Change requests for 1.0.0 not finished: CR-1 (implemented).');
    expect(clauseBlockers(check.blockers, '5.8.5')).toEqual([]);
  });
});

describe('approval, release and baselines', () => {
  async function readyVersion(version: string, testCase: number, run: string) {
    addRun(db, run, version, [[testCase, 'passed']]);
    return filledRelease(version);
  }

  it('releases only with a current approval, freezes the baseline and refuses every later change', async () => {
    const { testCase } = await classAProduct();
    const draft = await readyVersion('1.0.0', testCase, 'RUN-1');
    expect(await f.fails('releases.release', { id: draft.id })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/needs an approval signature/) });
    expect(await f.fails('releases.sign', { id: draft.id, password: 'wrong-password-1' })).toMatchObject({ code: 'wrong_password' });
    const signed = await f.ok('releases.sign', { id: draft.id, password: OWNER.password });
    expect(signed.signatures).toMatchObject([{ meaning: 'approved', signerName: OWNER.name, current: true }]);
    expect(await f.fails('releases.sign', { id: draft.id, password: OWNER.password })).toMatchObject({ code: 'conflict' });

    const edited = await f.ok('releases.update', { id: draft.id, releaseNotes: 'First release.' });
    expect(edited.signatures[0]?.current).toBe(false);
    expect(await f.fails('releases.release', { id: draft.id })).toMatchObject({ code: 'conflict' });
    await f.ok('releases.sign', { id: draft.id, password: OWNER.password });
    const released = await f.ok('releases.release', { id: draft.id });
    expect(released).toMatchObject({ status: 'released', releasedAt: expect.any(String) });
    expect(released.baseline.map((i) => `${i.itemType} ${i.itemKey} ${i.version}`)).toEqual([
      'requirement REQ-1 rev 1',
      'requirement REQ-2 rev 1',
      expect.stringMatching(/^software_item SYS-001 #[0-9a-f]{12}$/),
      expect.stringMatching(/^test_case TC-1 #[0-9a-f]{12}$/),
    ]);

    const audit = await f.auditCount();
    for (const [method, input] of [
      ['releases.update', { id: draft.id, releaseNotes: 'Changed afterwards' }],
      ['releases.addArtefact', { id: draft.id, name: 'late.zip', sha256: SHA, sizeBytes: 1 }],
      ['releases.removeArtefact', { id: draft.id, artefactId: 1 }],
      ['releases.sign', { id: draft.id, password: OWNER.password }],
      ['releases.release', { id: draft.id }],
    ] as const) {
      expect(await f.fails(method, input)).toMatchObject({ code: 'conflict', message: expect.stringMatching(/is released and can no longer change/) });
    }
    expect(await f.auditCount()).toBe(audit);
    expect(() => db.prepare("UPDATE baseline_item SET version = 'x'").run()).toThrow(/cannot change/);

    // The record keeps its checklist as it stood at release, whatever happens to the evidence later.
    addRun(db, 'RUN-9', '1.0.0', [[testCase, 'failed']]);
    expect((await f.ok('releases.check', { version: '1.0.0' })).ready).toBe(false);
    expect((await f.ok('releases.get', { version: '1.0.0' })).checklist.ready).toBe(true);
  });

  it('compares two baselines and accounts each configuration item across them', async () => {
    const { requirement, testCase } = await classAProduct();
    const first = await readyVersion('1.0.0', testCase, 'RUN-1');
    await f.ok('releases.sign', { id: first.id, password: OWNER.password });
    await f.ok('releases.release', { id: first.id });

    await f.ok('requirements.update', { id: requirement.id, text: 'The app shows the infusion rate in mL/h.' });
    await f.ok('requirements.create', { text: 'The app shows the battery level.', verificationMethod: 'demonstration' });
    const second = await readyVersion('1.1.0', testCase, 'RUN-2');
    expect(await f.fails('releases.baselineDiff', { from: '1.0.0', to: '1.1.0' })).toMatchObject({ code: 'conflict', field: 'to' });
    await f.ok('releases.sign', { id: second.id, password: OWNER.password });
    await f.ok('releases.release', { id: second.id });

    const diff = await f.ok('releases.baselineDiff', { from: '1.0.0', to: '1.1.0' });
    const requirements = diff.types.find((t) => t.itemType === 'requirement');
    expect(requirements).toMatchObject({ added: [{ itemKey: 'REQ-3' }], removed: [], changed: [{ itemKey: 'REQ-1', from: 'rev 1', to: 'rev 2' }], unchanged: 1 });
    expect(diff.types.find((t) => t.itemType === 'test_case')).toMatchObject({ added: [], removed: [], changed: [], unchanged: 1 });
    expect(await f.fails('releases.baselineDiff', { from: '0.1.0', to: '1.1.0' })).toMatchObject({ code: 'not_found', field: 'from' });

    const config = await f.ok('releases.configurationItems', {});
    expect(config.releases).toEqual(['1.0.0', '1.1.0']);
    expect(config.items.find((i) => i.itemKey === 'REQ-1')).toMatchObject({
      baselines: [
        { release: '1.0.0', version: 'rev 1' },
        { release: '1.1.0', version: 'rev 2' },
      ],
      changedSinceLastRelease: false,
    });
    await f.ok('requirements.update', { id: requirement.id, text: 'The app shows the infusion rate in mL per hour.' });
    expect((await f.ok('releases.configurationItems', {})).items.find((i) => i.itemKey === 'REQ-1')?.changedSinceLastRelease).toBe(true);
  });
});

describe('bad input changes nothing', () => {
  it('refuses duplicates, malformed values, unconfirmed notes and approval with blockers', async () => {
    await classAProduct();
    const draft = await f.ok('releases.create', { version: '2.0.0' });
    const audit = await f.auditCount();
    expect(await f.fails('releases.create', { version: '2.0.0' })).toMatchObject({ code: 'conflict', field: 'version' });
    expect(await f.fails('releases.create', { version: '2.0 final' })).toMatchObject({ code: 'invalid_input', field: 'version' });
    expect(await f.fails('releases.addArtefact', { id: draft.id, name: 'a.zip', sha256: 'xyz', sizeBytes: 1 })).toMatchObject({ code: 'invalid_input', field: 'sha256' });
    expect(await f.fails('releases.addArtefact', { id: draft.id, name: 'a.zip', sha256: SHA, sizeBytes: -1 })).toMatchObject({ code: 'invalid_input', field: 'sizeBytes' });
    expect(await f.fails('releases.update', { id: draft.id, confirmations: { 'delivery-verified': { confirmed: true, note: '' } } })).toMatchObject({
      code: 'invalid_input',
      field: 'confirmations.delivery-verified.note',
    });
    expect(await f.fails('releases.update', { id: draft.id })).toMatchObject({ code: 'invalid_input' });
    expect(await f.fails('releases.update', { id: 99, title: 'x' })).toMatchObject({ code: 'not_found', field: 'id' });
    expect(await f.fails('releases.sign', { id: draft.id, password: OWNER.password })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/5\.8\.1: /) });
    expect(await f.fails('releases.removeArtefact', { id: draft.id, artefactId: 5 })).toMatchObject({ code: 'not_found', field: 'artefactId' });
    expect(await f.fails('releases.get', { version: '3.0.0' })).toMatchObject({ code: 'not_found' });
    expect(await f.auditCount()).toBe(audit);
    expect((await f.ok('releases.list', {})).map((r) => r.version)).toEqual(['2.0.0']);
  });
});
