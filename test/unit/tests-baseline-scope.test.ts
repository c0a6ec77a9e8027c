import { describe, expect, it } from 'vitest';
import type { VerificationRow, VersionStatus } from '../../shared/api/tests-types';
import { scopeToBaseline } from '../../shared/tests/baseline-scope';
import { countStatuses } from '../../shared/tests/propagation';

const row = (id: number, humanId: string, status: VerificationRow['status']): VerificationRow => ({ id, humanId, title: humanId, status, tests: [] });

function statusOf(requirements: VerificationRow[], riskControls: VerificationRow[]): VersionStatus {
  return { version: '1.0.0', requirements, riskControls, counts: { requirements: countStatuses(requirements), riskControls: countStatuses(riskControls) } };
}

describe('a released version’s test status scoped to its baseline', () => {
  it('drops the requirements and controls written after the release and recounts', () => {
    const live = statusOf([row(1, 'REQ-1', 'passed'), row(2, 'REQ-2', 'passed'), row(33, 'REQ-33', 'no-test')], [row(1, 'RC-1', 'passed'), row(14, 'RC-14', 'no-test')]);
    const scoped = scopeToBaseline(live, { requirements: new Set(['REQ-1', 'REQ-2']), riskControls: new Set(['RC-1']) });
    expect(scoped.requirements.map((r) => r.humanId)).toEqual(['REQ-1', 'REQ-2']);
    expect(scoped.riskControls.map((r) => r.humanId)).toEqual(['RC-1']);
    expect(scoped.counts.requirements['no-test']).toBe(0);
    expect(scoped.counts.requirements.passed).toBe(2);
    expect(scoped.counts.riskControls['no-test']).toBe(0);
  });

  it('keeps a released requirement whose test failed: the baseline limits scope, not outcomes', () => {
    const live = statusOf([row(1, 'REQ-1', 'failed')], []);
    expect(scopeToBaseline(live, { requirements: new Set(['REQ-1']), riskControls: new Set() }).counts.requirements.failed).toBe(1);
  });
});
