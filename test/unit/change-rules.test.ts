import { describe, expect, it } from 'vitest';
import { approvalGaps, changeTransitionRefusal, marketsOf, type ChangeFacts } from '../../shared/changes/change-status';
import { closingGaps, problemTransitionRefusal, type ProblemFacts } from '../../shared/changes/problem-status';
import { problemTrend } from '../../shared/changes/problem-trend';

const problem = (over: Partial<ProblemFacts> = {}): ProblemFacts => ({
  status: 'investigating',
  decision: 'fix',
  decisionRationale: '',
  fixVerification: 'TC-4 passed on 1.3.1',
  affectsSafety: true,
  ...over,
});

describe('problem status', () => {
  it('closes a fixed problem once the fix is verified and safety evaluated', () => {
    expect(problemTransitionRefusal(problem({ status: 'resolved' }), 'closed')).toBeNull();
  });

  it.each([
    [{ affectsSafety: null }, 'affectsSafety'],
    [{ decision: 'undecided' as const }, 'decision'],
    [{ decision: 'defer' as const }, 'decision'],
    [{ fixVerification: '  ' }, 'fixVerification'],
    [{ decision: 'no-action' as const, decisionRationale: '' }, 'decisionRationale'],
  ])('refuses to close %j, naming %s', (over, field) => {
    expect(problemTransitionRefusal(problem(over), 'closed')).toMatchObject({ code: 'conflict', field });
  });

  it('closes a no-action problem with its rationale and no fix verification', () => {
    expect(closingGaps(problem({ decision: 'no-action', decisionRationale: 'Works as specified.', fixVerification: '' }))).toEqual([]);
  });

  it('refuses moves the life cycle does not have, saying which it has', () => {
    expect(problemTransitionRefusal(problem({ status: 'open' }), 'resolved')).toMatchObject({ code: 'conflict', message: expect.stringMatching(/can become investigating/) });
    expect(problemTransitionRefusal(problem({ status: 'open' }), 'open')).toMatchObject({ code: 'invalid_input' });
  });

  it('resolves only a decided problem, and reopens a closed one', () => {
    expect(problemTransitionRefusal(problem({ decision: 'defer' }), 'resolved')).toMatchObject({ field: 'decision' });
    expect(problemTransitionRefusal(problem(), 'resolved')).toBeNull();
    expect(problemTransitionRefusal(problem({ status: 'closed' }), 'investigating')).toBeNull();
  });
});

const change = (over: Partial<ChangeFacts> = {}): ChangeFacts => ({
  status: 'draft',
  targetCount: 1,
  safetyAnalysis: 'No new cause.',
  newRiskControls: false,
  euOutcome: 'not-significant',
  usOutcome: null,
  markets: [],
  implementation: '',
  verification: '',
  ...over,
});

describe('change status', () => {
  it('approves a draft with targets, safety analysis, the risk-control answer and one assessment', () => {
    expect(changeTransitionRefusal(change(), 'approved')).toBeNull();
    expect(approvalGaps(change({ euOutcome: null, usOutcome: 'document-only' }))).toEqual([]);
  });

  it('needs a significance decision for every market the product is sold in', () => {
    expect(approvalGaps(change({ markets: ['eu', 'us'] }))).toEqual([
      { field: 'significance', message: 'The product is sold in the EU and US: assess the US significance of the change.' },
    ]);
    expect(approvalGaps(change({ markets: ['eu', 'us'], euOutcome: null }))[0]?.message).toMatch(/assess the EU and US significance/);
    expect(approvalGaps(change({ markets: ['eu', 'us'], usOutcome: 'document-only' }))).toEqual([]);
    expect(approvalGaps(change({ markets: ['us'], euOutcome: 'significant' }))[0]?.message).toMatch(/sold in the US: assess the US significance/);
    expect(marketsOf(['eu', 'us', 'uk'])).toEqual(['eu', 'us']);
    expect(marketsOf(['ca', 'us'])).toEqual(['us']);
    expect(marketsOf([])).toEqual([]);
  });

  it('lists every gap before approval, in order', () => {
    const gaps = approvalGaps(change({ targetCount: 0, safetyAnalysis: '', newRiskControls: null, euOutcome: null }));
    expect(gaps.map((g) => g.field)).toEqual(['targets', 'safetyAnalysis', 'newRiskControls', 'significance']);
  });

  it('walks approved → implemented → verified → closed, each with its record', () => {
    expect(changeTransitionRefusal(change({ status: 'approved' }), 'implemented')).toMatchObject({ field: 'implementation' });
    expect(changeTransitionRefusal(change({ status: 'approved', implementation: 'PR #88' }), 'implemented')).toBeNull();
    expect(changeTransitionRefusal(change({ status: 'implemented' }), 'verified')).toMatchObject({ field: 'verification' });
    expect(changeTransitionRefusal(change({ status: 'verified' }), 'closed')).toBeNull();
    expect(changeTransitionRefusal(change({ status: 'closed' }), 'draft')).toMatchObject({ code: 'conflict', message: expect.stringMatching(/finished/) });
    expect(changeTransitionRefusal(change({ status: 'draft' }), 'implemented')).toMatchObject({ code: 'conflict' });
  });
});

describe('problem trend', () => {
  it('counts per month by type and criticality, with quiet months as zeros', () => {
    const trend = problemTrend([
      { reportedAt: '2026-11-02T10:00:00Z', type: 'corrective', criticality: 'high' },
      { reportedAt: '2026-09-30T10:00:00Z', type: 'preventive', criticality: 'low' },
      { reportedAt: '2026-11-20T10:00:00Z', type: 'corrective', criticality: 'medium' },
      { reportedAt: '2026-12-01T00:00:00Z', type: 'adaptive', criticality: 'low' },
    ]);
    expect(trend.map((m) => [m.month, m.total])).toEqual([
      ['2026-09', 1],
      ['2026-10', 0],
      ['2026-11', 2],
      ['2026-12', 1],
    ]);
    expect(trend[2]).toMatchObject({ byType: { corrective: 2, preventive: 0, adaptive: 0 }, byCriticality: { high: 1, medium: 1, low: 0 } });
  });

  it('crosses a year end and is empty for no problems', () => {
    expect(problemTrend([]).length).toBe(0);
    const trend = problemTrend([
      { reportedAt: '2025-12-15T00:00:00Z', type: 'corrective', criticality: 'low' },
      { reportedAt: '2026-01-15T00:00:00Z', type: 'corrective', criticality: 'low' },
    ]);
    expect(trend.map((m) => m.month)).toEqual(['2025-12', '2026-01']);
  });
});
