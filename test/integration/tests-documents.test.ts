import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture, OWNER } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

async function pdfText(documentId: number, name: string): Promise<string> {
  const pdf = await f.ok('documents.exportPdf', { documentId });
  const path = join(f.dir, name);
  writeFileSync(path, Buffer.from(pdf.base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

describe('test plan and test report', () => {
  it('plans the cases without results, and reports a version’s runs, results and per-requirement status', async () => {
    const graded = await f.ok('requirements.create', { title: 'Session grading', text: 'The app shall grade each session A to F.' });
    await f.ok('requirements.create', { title: 'Export to PDF', text: 'The app shall export a session report as PDF.' });
    const tc = await f.ok('tests.createCase', {
      title: 'Grade a session',
      objective: 'Show the grading follows repeatability.',
      passCriteria: 'Both grades as expected.',
      steps: [
        { action: 'Record three blows within 150 mL', expected: 'Grade A shown' },
        { action: 'Record one valid blow', expected: 'Grade F shown' },
      ],
      requirementIds: [graded.id],
    });
    const run = await f.ok('tests.startRun', { softwareVersion: '1.0.0', environment: 'Pixel 7, Android 14', tools: 'Flow simulator FS-2 v1.4', caseIds: [tc.id] });
    const resultId = run.results[0]?.id ?? 0;
    await f.ok('tests.recordStep', { resultId, position: 1, outcome: 'passed', actual: 'Grade A' });
    await f.ok('tests.recordStep', { resultId, position: 2, outcome: 'failed', actual: 'Grade C: invalid blows counted' });
    await f.ok('tests.completeRun', { id: run.id, password: OWNER.password });
    const base64 = readFileSync('test/fixtures/junit/outcomes.xml').toString('base64');
    await f.ok('tests.importJunit', { fileName: 'outcomes.xml', base64, softwareVersion: '1.0.0', tools: 'vitest 4.1' });

    const plan = await f.ok('documents.create', { type: 'test-plan' });
    expect(plan.docKey).toBe('TEST-PLAN');
    expect(plan.live.content.sections.map((s) => s.heading)).toEqual(['Overview', 'System tests (5.7)', 'Requirements without a test case']);
    const planText = await pdfText(plan.id, 'plan.pdf');
    expect(planText).toContain('TC-1 Grade a session');
    expect(planText).toContain('Record three blows within 150 mL');
    expect(planText).toMatch(/REQ-2\s+Export to PDF/);
    expect(planText).not.toContain('Grade C');

    const report = await f.ok('documents.create', { type: 'test-report', version: '1.0.0' });
    expect([report.docKey, report.live.content.orientation]).toEqual(['TEST-REPORT-1.0.0', 'landscape']);
    expect((await f.fails('documents.create', { type: 'test-report', version: '' })).field).toBe('version');
    const text = await pdfText(report.id, 'report.pdf');
    expect(text).toContain('Software test report, version 1.0.0');
    expect(text).toContain('Pixel 7, Android 14');
    expect(text).toContain('signed "executed" by Ada');
    expect(text).toMatch(/REQ-1\s+Session grading\s+failed\s+TC-1 failed/);
    expect(text).toContain('Step 2 failed: Grade C: invalid blows counted');
    expect(text).toContain('ECONNREFUSED 127.0.0.1:8443');
    expect(text).toContain('3 imported results are linked to no test case');
  }, 90_000);
});
