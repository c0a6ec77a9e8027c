import { describe, expect, it } from 'vitest';
import { controlVerdict, riskConclusions, type ControlEvidence, type ControlTestResult, type RiskConclusionInput } from '../../shared/risk/report-conclusions';

const control = (over: Partial<ControlEvidence> = {}): ControlEvidence => ({
  humanId: 'RC-1',
  requirements: [{ humanId: 'REQ-7', status: 'implemented' }],
  implementationRecord: '',
  test: 'passed',
  failedTests: [],
  ...over,
});

function input(over: Partial<RiskConclusionInput> = {}): RiskConclusionInput {
  return {
    version: '1.0.0',
    planGaps: [],
    controls: [control()],
    overall: { evaluation: 'Benefits outweigh the residual risks.', acceptable: true, evaluatedAt: '2026-03-01T10:00:00Z', evaluatedBy: 'Dr. Miriam Okafor' },
    responsibilities: 'Risk manager: Dr. Miriam Okafor, who judges the overall residual risk.',
    productionInformation: 'Complaints and app reviews are reviewed monthly.',
    pmsProcedure: { docKey: 'SOP-PMS', approvedVersion: 1 },
    ...over,
  };
}

describe('controlVerdict: each implementation status against each test result', () => {
  const results: ControlTestResult[] = ['passed', 'failed', 'not-run', 'untested'];
  const expected: Record<string, Record<ControlTestResult, [boolean, RegExp]>> = {
    implemented: {
      passed: [true, /its tests passed in version 1\.0\.0/],
      failed: [false, /TC-4 failed in version 1\.0\.0/],
      'not-run': [false, /its tests were not run in version 1\.0\.0/],
      untested: [false, /no test verifies REQ-7/],
    },
    verified: {
      passed: [true, /its tests passed/],
      failed: [false, /TC-4 failed/],
      'not-run': [false, /not run/],
      untested: [false, /no test verifies REQ-7/],
    },
    draft: {
      passed: [false, /REQ-7 is still Draft; its tests passed/],
      failed: [false, /REQ-7 is still Draft; TC-4 failed/],
      'not-run': [false, /REQ-7 is still Draft; its tests were not run/],
      untested: [false, /REQ-7 is still Draft; no test verifies REQ-7/],
    },
    approved: {
      passed: [false, /REQ-7 is still not implemented; its tests passed/],
      failed: [false, /not implemented; TC-4 failed/],
      'not-run': [false, /not implemented; its tests were not run/],
      untested: [false, /not implemented; no test verifies/],
    },
  };
  for (const [status, byResult] of Object.entries(expected)) {
    for (const test of results) {
      it(`${status} × ${test}`, () => {
        const [verified, reason] = byResult[test];
        const verdict = controlVerdict(control({ requirements: [{ humanId: 'REQ-7', status }], test, failedTests: test === 'failed' ? ['TC-4'] : [] }), '1.0.0');
        expect(verdict.verified).toBe(verified);
        expect(verdict.reason).toMatch(reason);
      });
    }
  }

  it('a control outside the software is verified by its recorded implementation check, and not without one', () => {
    expect(controlVerdict(control({ requirements: [], implementationRecord: 'Label inspected on the release build.', test: 'untested' }), '1.0.0')).toMatchObject({
      verified: true,
    });
    expect(controlVerdict(control({ requirements: [], test: 'untested' }), '1.0.0')).toMatchObject({
      verified: false,
      reason: expect.stringMatching(/no requirement implements it/),
    });
  });

  it('ignores obsolete requirements', () => {
    expect(
      controlVerdict(
        control({
          requirements: [
            { humanId: 'REQ-7', status: 'verified' },
            { humanId: 'REQ-8', status: 'obsolete' },
          ],
        }),
        '1.0.0',
      ).verified,
    ).toBe(true);
  });
});

describe('riskConclusions', () => {
  it('concludes all three when the records support them', () => {
    const c = riskConclusions(input());
    expect([c.planCarriedOut.concluded, c.overallAcceptable.concluded, c.productionInformation.concluded]).toEqual([true, true, true]);
    expect(c.planCarriedOut.text).toBe(
      'The risk management plan has been carried out: every chain has its residual risk estimated, and each of the 1 risk controls is implemented with its verification shown in version 1.0.0.',
    );
    expect(c.overallAcceptable.text).toBe('The overall residual risk was judged acceptable by Dr. Miriam Okafor on 2026-03-01 against the plan’s criterion.');
    expect(c.productionInformation.text).toContain('SOP-PMS v1, approved');
  });

  it('states the gaps instead of the claims when a control test failed', () => {
    const c = riskConclusions(input({ controls: [control({ humanId: 'RC-6', test: 'failed', failedTests: ['TC-12'] }), control({ humanId: 'RC-10', test: 'not-run' })] }));
    expect(c.planCarriedOut).toMatchObject({ concluded: false, text: 'It cannot be concluded that the risk management plan has been carried out. The records show:' });
    expect(c.planCarriedOut.gaps).toEqual(['RC-6: TC-12 failed in version 1.0.0.', 'RC-10: its tests were not run in version 1.0.0.']);
    expect(c.overallAcceptable.concluded).toBe(false);
    expect(c.overallAcceptable.gaps).toEqual(['The judgement relies on risk controls whose implementation or verification is not shown: RC-6, RC-10.']);
  });

  it('names an evaluator the plan does not name, an unevaluated or unacceptable overall risk', () => {
    expect(riskConclusions(input({ responsibilities: 'Risk manager: Head of Quality.' })).overallAcceptable.gaps).toEqual([
      'Dr. Miriam Okafor made the judgement, but the plan’s allocation of responsibilities does not name them.',
    ]);
    expect(riskConclusions(input({ overall: { evaluation: '', acceptable: null, evaluatedAt: null, evaluatedBy: null } })).overallAcceptable).toMatchObject({ concluded: false });
    expect(riskConclusions(input({ overall: { evaluation: 'No.', acceptable: false, evaluatedAt: null, evaluatedBy: 'Ada' } })).overallAcceptable.text).toBe(
      'The overall residual risk was judged not acceptable by Ada.',
    );
  });

  it('production information needs the plan’s method and an approved post-market procedure', () => {
    expect(riskConclusions(input({ pmsProcedure: { docKey: 'SOP-PMS', approvedVersion: null } })).productionInformation.gaps).toEqual([
      'The post-market surveillance procedure SOP-PMS is not approved.',
    ]);
    expect(riskConclusions(input({ pmsProcedure: null, productionInformation: ' ' })).productionInformation.gaps).toHaveLength(2);
  });
});
