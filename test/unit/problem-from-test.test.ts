import { describe, expect, it } from 'vitest';
import { failedStepFacts } from '../../shared/changes/problem-from-test';

const STEPS = [
  { position: 1, action: 'Record three close blows', expected: 'Grade A is shown' },
  { position: 2, action: 'Record one valid blow', expected: 'Grade F is shown' },
  { position: 3, action: 'Open the diary', expected: 'The session is listed' },
];

describe('failedStepFacts', () => {
  it('takes expected and actual results from the steps that did not pass, in step order', () => {
    const facts = failedStepFacts(STEPS, [
      { position: 3, outcome: 'blocked', actual: '' },
      { position: 1, outcome: 'passed', actual: 'Grade A shown' },
      { position: 2, outcome: 'failed', actual: 'Grade C shown ' },
    ]);
    expect(facts.expected).toBe('Step 2 (Record one valid blow): Grade F is shown\nStep 3 (Open the diary): The session is listed');
    expect(facts.actual).toBe('Step 2 failed: Grade C shown\nStep 3 blocked: no actual result recorded');
  });

  it('gives nothing when every executed step passed', () => {
    expect(failedStepFacts(STEPS, [{ position: 1, outcome: 'passed', actual: 'ok' }])).toEqual({ expected: '', actual: '' });
  });
});
