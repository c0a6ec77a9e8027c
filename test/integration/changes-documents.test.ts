import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture, OWNER } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'BreathWise app' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Spirometer link' });
  await f.ok('requirements.create', { title: 'Stream flow samples', text: 'The app receives every flow sample from the spirometer.', itemIds: [2] });
});
afterEach(() => f.dispose());

async function pdfText(documentId: number, name: string): Promise<string> {
  const pdf = await f.ok('documents.exportPdf', { documentId });
  const path = join(f.dir, `${name}.pdf`);
  writeFileSync(path, Buffer.from(pdf.base64, 'base64'));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '3', '-l', '4', path, join('/tmp', `cairn-${name}`)]);
  writeFileSync(join('/tmp', `cairn-${name}.txt`), execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }));
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

describe('problem report log and change request log', () => {
  it('log the problem with its evaluation and trend, and the change with its frozen impact, significance and approval', async () => {
    const problem = await f.ok('problems.create', { title: 'FEV1 reads low on Galaxy A14', criticality: 'high', source: 'customer', foundInVersion: '1.2.0' });
    await f.ok('problems.evaluateRisk', { id: problem.id, chainIds: [], affectsSafety: false, safetyEvaluation: 'Checked against the risk file: display only.' });
    await f.ok('problems.update', { id: problem.id, decision: 'fix', partiesAdvised: 'PRRC' });
    await f
      .ok('problems.create', { title: 'Chart day off by one after midnight', criticality: 'low', type: 'adaptive' })
      .then((p) => f.ok('problems.evaluateAnomaly', { id: p.id, anomalyEvaluation: 'No clinical decision reads the chart day.', userMitigation: 'Use the session list.' }));
    const change = await f.ok('changes.create', { title: 'Enforce a 15 ms connection interval', problemId: problem.id, targets: [{ type: 'software_item', id: 2 }] });
    await f.ok('changes.update', { id: change.id, safetyAnalysis: 'No new cause.', newRiskControls: false });
    await f.ok('changes.assessSignificance', { id: change.id, region: 'us', answers: { US1: false, US2: true }, rationale: 'Restores the cleared accuracy.' });
    await f.ok('changes.approve', { id: change.id, password: OWNER.password });

    const problemLog = await f.ok('documents.create', { type: 'problem-log' });
    expect(problemLog.live.content).toMatchObject({ docKey: 'PROBLEM-LOG', orientation: 'landscape' });
    expect(problemLog.live.content.records.map((r) => r.key)).toEqual(['problem:PR-001', 'problem:PR-002']);
    const problemText = await pdfText(problemLog.id, 'problem-log');
    expect(problemText).toContain('Problem report log');
    expect(problemText).toContain('FEV1 reads low on Galaxy');
    expect(problemText).toMatch(/No effect on safety/);
    expect(problemText).toContain('No clinical decision reads the chart day.');
    expect(problemText).toMatch(/2026-01\s+2\s+1\s+0\s+1/);

    const changeLog = await f.ok('documents.create', { type: 'change-log' });
    const changeText = await pdfText(changeLog.id, 'change-log');
    expect(changeText).toContain('CR-001 Enforce a 15 ms connection interval');
    expect(changeText).toContain('PR-001 FEV1 reads low on Galaxy A14');
    expect(changeText).toMatch(/REQ-1 Stream flow samples/);
    expect(changeText).toContain('Document the change and its assessment; no new submission');
    expect(changeText).toContain(`approved by ${OWNER.name} (owner)`);
  }, 90_000);
});
