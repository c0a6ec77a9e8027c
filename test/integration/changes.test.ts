import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertTestRecords } from '../support/change-fixture';
import { tableDigest, withReadOnly } from '../support/db-snapshot';
import { CoreFixture, OWNER } from './core-fixture';
import { linkedProject } from './linked-project';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

/** Every table this area writes or touches, digested, to show a refused call changed nothing. */
const snapshot = (path: string) =>
  withReadOnly(path, (db) => tableDigest(db, ['problem_report', 'problem_risk', 'change_request', 'change_target', 'trace_link', 'record_signature', 'audit_log']));

const ids = (entries: { humanId: string }[]) => entries.map((e) => e.humanId);

describe('change impact analysis', () => {
  it('follows the links outward from a SOUP upgrade to the items, requirements, controls, chains, tests and documents', async () => {
    const p = await linkedProject(f);
    const change = await f.ok('changes.create', { title: 'Upgrade kissfft', targets: [{ type: 'soup', id: p.fft.id }] });
    const { impact } = change;
    expect(ids(impact.soup)).toEqual([p.fft.humanId]);
    expect(ids(impact.softwareItems)).toEqual([p.engine.humanId]);
    expect(ids(impact.requirements)).toEqual([p.req1.humanId, p.req3.humanId]);
    expect(ids(impact.riskControls)).toEqual([p.control.humanId]);
    expect(ids(impact.riskChains)).toEqual([p.chain.humanId]);
    expect(ids(impact.hazardousSituations)).toHaveLength(1);
    expect(ids(impact.tests)).toEqual(['TC-1']);
    expect(impact.softwareItems[0]?.reason).toBe(`uses ${p.fft.humanId}`);
    expect(impact.requirements[0]?.reason).toBe(`is implemented in ${p.engine.humanId}`);
    expect(impact.tests[0]?.reason).toBe(`verifies ${p.req1.humanId}`);
    expect(impact.documents.map((d) => [d.docKey, d.covers])).toEqual([['SRS', [p.req1.humanId, p.req3.humanId]]]);
    expect(change.impactFrozen).toBe(false);
  });

  it('stops at the item implementing a changed requirement: its other requirements are not affected', async () => {
    const p = await linkedProject(f);
    const change = await f.ok('changes.create', { title: 'Reword REQ-2', targets: [{ type: 'requirement', id: p.req2.id }] });
    expect(ids(change.impact.requirements)).toEqual([p.req2.humanId]);
    expect(ids(change.impact.softwareItems)).toEqual([p.display.humanId]);
    expect(ids(change.impact.tests)).toEqual(['TC-2']);
    expect(change.impact.requirements[0]?.reason).toBe('a target of the change');
  });

  it('refuses a target that is not on record and writes nothing', async () => {
    await linkedProject(f);
    const before = snapshot(f.path());
    expect(await f.fails('changes.create', { title: 'Ghost', targets: [{ type: 'requirement', id: 99 }] })).toMatchObject({ code: 'not_found', field: 'targets' });
    expect(await f.fails('changes.create', { title: 'No problem', source: 'problem' })).toMatchObject({ code: 'invalid_input', field: 'problemId' });
    expect(snapshot(f.path())).toEqual(before);
  });
});

async function assessedChange(targets: { type: 'soup' | 'requirement'; id: number }[]) {
  const change = await f.ok('changes.create', { title: 'Upgrade kissfft', targets });
  await f.ok('changes.update', { id: change.id, safetyAnalysis: 'No new cause; RC-1 unchanged.', newRiskControls: false });
  return change;
}

describe('significance assessment', () => {
  it('derives the EU and US outcomes from the answers, keeping only the questions asked', async () => {
    const change = await f.ok('changes.create', { title: 'New algorithm' });
    const eu = await f.ok('changes.assessSignificance', {
      id: change.id,
      region: 'eu',
      answers: { admin: false, A1: false, A2: false, B1: false, B2: false, B3: false, B4: false, C1: false, C2: true, C5: true },
      rationale: 'The FEV1 algorithm changes.',
    });
    expect(eu.eu).toEqual({
      answers: { admin: false, A1: false, A2: false, B1: false, B2: false, B3: false, B4: false, C1: false, C2: true },
      outcome: 'significant',
      rationale: 'The FEV1 algorithm changes.',
    });
    const us = await f.ok('changes.assessSignificance', { id: change.id, region: 'us', answers: { US1: false, US2: true }, rationale: 'Restores the cleared accuracy.' });
    expect(us.us?.outcome).toBe('document-only');
    const { rows } = await f.ok('audit.list', { filter: { entity: 'change_request' } });
    expect(rows[0]?.summary).toBe(`${change.humanId} US significance: document-only, decided by US2`);
  });

  it('refuses an unfinished walk or an unknown question, naming it, and changes nothing', async () => {
    const change = await f.ok('changes.create', { title: 'New algorithm' });
    const before = snapshot(f.path());
    expect(await f.fails('changes.assessSignificance', { id: change.id, region: 'eu', answers: { admin: false }, rationale: 'x' })).toMatchObject({
      code: 'invalid_input',
      field: 'answers',
      message: expect.stringMatching(/intended purpose/),
    });
    expect(await f.fails('changes.assessSignificance', { id: change.id, region: 'us', answers: { C2: true }, rationale: 'x' })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/"C2" is not a question/),
    });
    expect(await f.fails('changes.assessSignificance', { id: change.id, region: 'us', answers: { US1: true }, rationale: ' ' })).toMatchObject({
      code: 'invalid_input',
      field: 'rationale',
    });
    expect(snapshot(f.path())).toEqual(before);
  });
});

describe('approval', () => {
  it('needs the gaps closed, signs with the password, freezes the impact and marks the affected links suspect', async () => {
    const p = await linkedProject(f);
    const change = await assessedChange([{ type: 'soup', id: p.fft.id }]);
    expect(await f.fails('changes.approve', { id: change.id, password: OWNER.password })).toMatchObject({ code: 'conflict', field: 'significance' });
    await f.ok('changes.assessSignificance', {
      id: change.id,
      region: 'eu',
      answers: { admin: false, A1: false, A2: false, B1: false, B2: false, B3: false, B4: false, C1: false, C2: false, C3: false, C4: false, C5: false },
      rationale: 'A patch release of a library.',
    });
    expect((await f.ok('trace.gaps', {})).counts['suspect-link']).toBe(0);
    const before = snapshot(f.path());
    expect(await f.fails('changes.approve', { id: change.id, password: 'wrong-password' })).toMatchObject({ code: 'wrong_password' });
    expect(snapshot(f.path())).toEqual(before);

    const { change: approved, suspectLinks } = await f.ok('changes.approve', { id: change.id, password: OWNER.password });
    expect(approved).toMatchObject({ status: 'approved', impactFrozen: true, approvalGaps: [] });
    expect(approved.signatures).toMatchObject([{ meaning: 'approved', signerName: OWNER.name, current: true }]);
    expect(suspectLinks).toBeGreaterThan(0);
    const gaps = await f.ok('trace.gaps', {});
    expect(gaps.counts['suspect-link']).toBe(suspectLinks);
    const suspect = await f.ok('trace.links', { suspectOnly: true });
    expect(suspect.every((l) => l.suspectReason === `${change.humanId} approved: review after the change`)).toBe(true);
    // The display's link to REQ-2 was not reached by the change and stays as it was.
    expect(suspect.some((l) => l.toLabel.humanId === p.display.humanId)).toBe(false);

    // The frozen impact does not move when the links change afterwards.
    await f.ok('requirements.linkItem', { id: p.req2.id, itemId: p.engine.id });
    expect(ids((await f.ok('changes.get', { id: change.id })).impact.requirements)).toEqual([p.req1.humanId, p.req3.humanId]);
    expect(await f.fails('changes.update', { id: change.id, safetyAnalysis: 'Rewritten after approval' })).toMatchObject({ code: 'conflict', field: 'safetyAnalysis' });
    expect(await f.fails('changes.setTargets', { id: change.id, targets: [] })).toMatchObject({ code: 'conflict' });
  });

  it('needs a significance decision for every market the product is sold in, and changes nothing while one is missing', async () => {
    const p = await linkedProject(f);
    await f.ok('product.update', { markets: ['eu', 'us'] });
    const change = await assessedChange([{ type: 'requirement', id: p.req1.id }]);
    await f.ok('changes.assessSignificance', { id: change.id, region: 'eu', answers: { admin: true }, rationale: 'Wording of a message only.' });
    expect((await f.ok('changes.get', { id: change.id })).approvalGaps).toEqual([
      { field: 'significance', message: 'The product is sold in the EU and US: assess the US significance of the change.' },
    ]);
    const before = snapshot(f.path());
    expect(await f.fails('changes.approve', { id: change.id, password: OWNER.password })).toMatchObject({
      code: 'conflict',
      field: 'significance',
      message: expect.stringMatching(/US significance/),
    });
    expect(snapshot(f.path())).toEqual(before);
    await f.ok('changes.assessSignificance', { id: change.id, region: 'us', answers: { US1: true }, rationale: 'Labelling only.' });
    expect((await f.ok('changes.approve', { id: change.id, password: OWNER.password })).change.status).toBe('approved');
  });

  it('lists the hazardous situation of a risk chain the change reaches through its control', async () => {
    const p = await linkedProject(f);
    // Only the control's requirement changes: no link leads to the situation, the chain does.
    const change = await f.ok('changes.create', { title: 'Tighten the plausibility limits', targets: [{ type: 'risk_control', id: p.control.id }] });
    expect(ids(change.impact.riskChains)).toEqual([p.chain.humanId]);
    expect(change.impact.hazardousSituations).toEqual([
      { id: p.situation.id, humanId: p.situation.humanId, title: 'Patient sees a falsely normal FEV1', reason: `the situation of ${p.chain.humanId}` },
    ]);
  });

  it('walks implemented, verified and closed, each needing its record', async () => {
    const p = await linkedProject(f);
    const change = await assessedChange([{ type: 'requirement', id: p.req2.id }]);
    await f.ok('changes.assessSignificance', { id: change.id, region: 'us', answers: { US1: false, US2: true }, rationale: 'Restores the specification.' });
    await f.ok('changes.approve', { id: change.id, password: OWNER.password });
    expect(await f.fails('changes.setStatus', { id: change.id, status: 'implemented' })).toMatchObject({ code: 'conflict', field: 'implementation' });
    await f.ok('changes.update', { id: change.id, implementation: 'PR #212, commit 4be1c09' });
    await f.ok('changes.setStatus', { id: change.id, status: 'implemented' });
    await f.ok('changes.update', { id: change.id, verification: 'TC-2 passed in RUN-7 on 1.2.1' });
    await f.ok('changes.setStatus', { id: change.id, status: 'verified' });
    const closed = await f.ok('changes.setStatus', { id: change.id, status: 'closed' });
    expect(closed.status).toBe('closed');
    expect(closed.signatures[0]?.current).toBe(true);
    expect(await f.fails('changes.update', { id: change.id, verification: 'more' })).toMatchObject({ code: 'conflict' });
  });
});

describe('problem reports', () => {
  it('raises a problem from a failed test result with its facts, and refuses a passed or repeated one', async () => {
    const p = await linkedProject(f);
    const { resultIds } = insertTestRecords(
      f,
      [{ title: 'FEV1 on Pixel 7', verifies: [p.req1.id] }],
      [
        { caseIndex: 0, outcome: 'failed', actual: 'FEV1 3.9 L, reference 3.1 L', message: 'Sample rate reported as 44.1 kHz' },
        { caseIndex: 0, outcome: 'passed', actual: '', message: '' },
      ],
    );
    const failed = resultIds[0] as number;
    const problem = await f.ok('problems.create', { criticality: 'high', fromTestResultId: failed });
    expect(problem).toMatchObject({
      humanId: 'PR-001',
      source: 'test',
      foundInVersion: '1.2.0',
      actual: 'FEV1 3.9 L, reference 3.1 L',
      status: 'open',
      testOrigin: { runHumanId: 'RUN-2', outcome: 'failed', softwareVersion: '1.2.0' },
    });
    expect(problem.title).toBe('TC-4 failed on 1.2.0: FEV1 on Pixel 7');
    expect(problem.description).toMatch(/Sample rate reported as 44\.1 kHz/);
    const before = snapshot(f.path());
    expect(await f.fails('problems.create', { criticality: 'low', fromTestResultId: failed })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/PR-001 was already raised/),
    });
    expect(await f.fails('problems.create', { criticality: 'low', fromTestResultId: resultIds[1] })).toMatchObject({ code: 'invalid_input', field: 'fromTestResultId' });
    expect(await f.fails('problems.create', { criticality: 'low' })).toMatchObject({ code: 'invalid_input', field: 'title' });
    expect(await f.fails('problems.create', { criticality: 'low', fromTestResultId: 999 })).toMatchObject({ code: 'not_found' });
    expect(snapshot(f.path())).toEqual(before);
  });

  it('takes the expected and actual results of a manual result from its steps that did not pass', async () => {
    const p = await linkedProject(f);
    const tc = await f.ok('tests.createCase', {
      title: 'Session grading',
      steps: [
        { action: 'Record three close blows', expected: 'Grade A shown' },
        { action: 'Record one valid blow', expected: 'Grade F shown' },
      ],
      requirementIds: [p.req1.id],
    });
    const run = await f.ok('tests.startRun', { softwareVersion: '1.0.0', environment: 'Pixel 7', tools: 'FS-2', caseIds: [tc.id] });
    const resultId = run.results[0]?.id ?? 0;
    await f.ok('tests.recordStep', { resultId, position: 1, outcome: 'passed', actual: 'Grade A' });
    await f.ok('tests.recordStep', { resultId, position: 2, outcome: 'failed', actual: 'Grade C: rejected blows counted' });
    const problem = await f.ok('problems.create', { criticality: 'medium', fromTestResultId: resultId });
    expect(problem).toMatchObject({ expected: 'Step 2 (Record one valid blow): Grade F shown', actual: 'Step 2 failed: Grade C: rejected blows counted', foundInVersion: '1.0.0' });
  });

  it('closes only with safety evaluated, a decision and a verified fix or a no-action rationale', async () => {
    const p = await linkedProject(f);
    const problem = await f.ok('problems.create', { title: 'FEV1 too high on one phone', criticality: 'high', source: 'customer', type: 'corrective' });
    await f.ok('problems.setStatus', { id: problem.id, status: 'investigating' });
    expect(await f.fails('problems.setStatus', { id: problem.id, status: 'closed' })).toMatchObject({ code: 'conflict', field: 'affectsSafety' });
    expect(await f.fails('problems.evaluateRisk', { id: problem.id, chainIds: [], affectsSafety: true, safetyEvaluation: 'Falsely high FEV1.' })).toMatchObject({
      field: 'chainIds',
    });
    const evaluated = await f.ok('problems.evaluateRisk', {
      id: problem.id,
      chainIds: [p.chain.id],
      affectsSafety: true,
      safetyEvaluation: 'A falsely high FEV1 can hide an exacerbation (RISK-1).',
    });
    expect(evaluated).toMatchObject({ affectsSafety: true, risks: [{ humanId: p.chain.humanId, title: 'Wrong FEV1 value → Delayed treatment of an exacerbation' }] });
    expect(evaluated.closingGaps.map((g) => g.field)).toEqual(['decision']);
    await f.ok('problems.update', { id: problem.id, decision: 'fix', partiesAdvised: 'PRRC, affected users by in-app notice' });
    const change = await f.ok('changes.create', { title: 'Read the sample rate from the device', problemId: problem.id });
    expect(change).toMatchObject({ source: 'problem', kind: 'bug-fix', problem: { humanId: 'PR-001' } });
    expect(await f.fails('problems.setStatus', { id: problem.id, status: 'closed' })).toMatchObject({ field: 'fixVerification' });
    await f.ok('problems.update', { id: problem.id, fixVerification: 'TC-1 passed on 1.2.1 on the affected phone.' });
    const closed = await f.ok('problems.setStatus', { id: problem.id, status: 'closed' });
    expect(closed).toMatchObject({ status: 'closed', closedByName: OWNER.name, changes: [{ humanId: change.humanId }] });
    expect(await f.fails('problems.update', { id: problem.id, scope: 'x' })).toMatchObject({ code: 'conflict' });
    const reopened = await f.ok('problems.setStatus', { id: problem.id, status: 'investigating' });
    expect(reopened.closedAt).toBeNull();
  });

  it('keeps a known-anomaly evaluation and counts problems per month', async () => {
    const problem = await f.ok('problems.create', { title: 'Chart axis labels overlap on small screens', criticality: 'low', type: 'adaptive' });
    const evaluated = await f.ok('problems.evaluateAnomaly', {
      id: problem.id,
      anomalyEvaluation: 'Cosmetic; values stay readable in the table.',
      userMitigation: 'Turn the phone to landscape.',
    });
    expect(evaluated).toMatchObject({ anomalyEvaluation: 'Cosmetic; values stay readable in the table.', userMitigation: 'Turn the phone to landscape.' });
    await f.ok('problems.create', { title: 'Sync retries too often', criticality: 'medium', type: 'preventive' });
    const { months } = await f.ok('problems.trend', {});
    expect(months).toEqual([{ month: '2026-01', total: 2, byType: { corrective: 0, preventive: 1, adaptive: 1 }, byCriticality: { high: 0, medium: 1, low: 1 } }]);
  });
});
