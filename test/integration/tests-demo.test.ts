import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestsSummary } from '../../shared/api/test-types';
import { CoreFixture } from './core-fixture';

// The sample project's tests: what a newcomer sees on BreathWise's Tests screen and in its test report.

let f: CoreFixture;
let summary: TestsSummary;
beforeAll(async () => {
  f = new CoreFixture();
  await f.sample();
  summary = await f.ok('tests.summary', {});
}, 180_000);
afterAll(() => f.dispose());

describe('BreathWise tests', () => {
  it('has system, integration and unit cases, and version 1.0.0 tested by CI and by hand', async () => {
    expect(summary.cases).toHaveLength(13);
    expect(new Set(summary.cases.map((c) => c.level))).toEqual(new Set(['system', 'integration', 'unit']));
    expect(summary.versions).toEqual(['1.0.0']);
    const runs = await f.ok('tests.runs', {});
    expect(runs.map((r) => [r.humanId, r.source, r.unmapped])).toEqual([
      ['RUN-2', 'manual', 0],
      ['RUN-1', 'junit', 1],
    ]);
    const manual = await f.ok('tests.getRun', { id: runs[0]?.id ?? 0 });
    expect(manual.signatures).toMatchObject([{ meaning: 'executed', signerName: 'Jonas Brandt', current: true }]);
    const failed = manual.results.find((r) => r.outcome === 'failed');
    expect(failed?.caseTitle).toBe('Undelivered alert tells the patient');
    expect(failed?.attachments.map((a) => a.name)).toEqual(['pixel7-battery-saver-jobs.txt']);
  });

  it('shows the failed step on its requirement and control, the skipped TLS test as not run, and REQ-31 with no test', () => {
    const status = summary.status[0];
    const req = (title: string) => status?.requirements.find((r) => r.title === title)?.status;
    expect(req('Undelivered alert')).toBe('failed');
    expect(req('Repeatability')).toBe('passed');
    expect(req('Pair with the spirometer')).toBe('passed');
    expect(req('Transport security')).toBe('not-run');
    expect(status?.requirements.find((r) => r.humanId === 'REQ-31')).toMatchObject({ title: 'Export for the clinic', status: 'no-test' });
    expect(status?.riskControls.find((c) => c.title === 'Tell the patient when an alert is not delivered')?.status).toBe('failed');
    expect(status?.riskControls.find((c) => c.title === 'Discard manoeuvres with lost packets')?.status).toBe('passed');
  });
});
