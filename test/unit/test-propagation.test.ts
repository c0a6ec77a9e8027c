import { describe, expect, it } from 'vitest';
import { latestByCase, outcomeFromSteps, propagate, statusOf, worseOutcome } from '../../shared/tests/propagation';

describe('a manual case takes its outcome from its steps', () => {
  it('fails on any failed step, blocks on a blocked one, passes only when every step passed', () => {
    expect(outcomeFromSteps(['passed', 'failed', null])).toBe('failed');
    expect(outcomeFromSteps(['passed', 'blocked', 'passed'])).toBe('blocked');
    expect(outcomeFromSteps(['blocked', 'failed'])).toBe('failed');
    expect(outcomeFromSteps(['passed', null])).toBe('not-run');
    expect(outcomeFromSteps(['passed', 'passed'])).toBe('passed');
    expect(outcomeFromSteps([])).toBe('not-run');
  });
});

describe('status of what a set of tests verifies', () => {
  it('orders failed (or error) over blocked over not run over passed, and tells "no test" apart', () => {
    expect(statusOf([])).toBe('no-test');
    expect(statusOf(['passed', 'error'])).toBe('failed');
    expect(statusOf(['passed', 'failed', 'blocked'])).toBe('failed');
    expect(statusOf(['passed', 'blocked', undefined])).toBe('blocked');
    expect(statusOf(['passed', undefined])).toBe('not-run');
    expect(statusOf(['passed', 'skipped'])).toBe('not-run');
    expect(statusOf(['passed', 'passed'])).toBe('passed');
  });

  it('keeps the worse of two outcomes', () => {
    expect(worseOutcome('passed', 'skipped')).toBe('skipped');
    expect(worseOutcome('error', 'blocked')).toBe('error');
  });
});

describe('latest result per case', () => {
  it('lets a later run supersede an earlier one, and takes the worst result within one run', () => {
    const latest = latestByCase([
      { runOrder: 1, testCaseId: 1, outcome: 'failed' },
      { runOrder: 2, testCaseId: 1, outcome: 'passed' },
      { runOrder: 2, testCaseId: 2, outcome: 'passed' },
      { runOrder: 2, testCaseId: 2, outcome: 'failed' },
      { runOrder: 1, testCaseId: 3, outcome: 'passed' },
    ]);
    expect([...latest]).toEqual([
      [1, 'passed'],
      [2, 'failed'],
      [3, 'passed'],
    ]);
  });
});

describe('upward propagation', () => {
  const req = (id: number) => ({ id, humanId: `REQ-${id}`, title: `requirement ${id}` });
  const tc = (id: number, requirementIds: number[], riskControlIds: number[] = []) => ({ id, humanId: `TC-${id}`, title: `case ${id}`, requirementIds, riskControlIds });

  it('gives each requirement the state of its cases, and each control that of its own and its implementing requirements’ cases', () => {
    const result = propagate({
      requirements: [req(1), req(2), req(3), req(4)],
      riskControls: [
        { id: 1, humanId: 'RC-1', title: 'implemented by REQ-2', requirementIds: [2] },
        { id: 2, humanId: 'RC-2', title: 'own passing test, REQ-1', requirementIds: [1] },
        { id: 3, humanId: 'RC-3', title: 'nothing', requirementIds: [4] },
        { id: 4, humanId: 'RC-4', title: 'own test only', requirementIds: [] },
      ],
      cases: [tc(1, [1]), tc(2, [1, 2]), tc(3, [2]), tc(4, [3]), tc(5, [], [2]), tc(6, [], [4])],
      outcomes: new Map([
        [1, 'passed'],
        [2, 'passed'],
        [3, 'failed'],
        [5, 'passed'],
        [6, 'blocked'],
      ]),
    });
    expect(result.requirements.map((r) => [r.humanId, r.status])).toEqual([
      ['REQ-1', 'passed'],
      ['REQ-2', 'failed'],
      ['REQ-3', 'not-run'],
      ['REQ-4', 'no-test'],
    ]);
    expect(result.requirements[1]?.tests).toEqual([
      { humanId: 'TC-2', outcome: 'passed' },
      { humanId: 'TC-3', outcome: 'failed' },
    ]);
    expect(result.riskControls.map((r) => [r.humanId, r.status])).toEqual([
      ['RC-1', 'failed'],
      ['RC-2', 'passed'],
      ['RC-3', 'no-test'],
      ['RC-4', 'blocked'],
    ]);
    // TC-5 verifies RC-2 directly and TC-1, TC-2 through REQ-1: each case is counted once.
    expect(result.riskControls[1]?.tests.map((t) => t.humanId)).toEqual(['TC-5', 'TC-1', 'TC-2']);
  });
});
