import type { StepOutcome, TestStep } from '../api/tests-types';

/** One executed step of a manual result, as the run recorded it. */
export interface ExecutedStep {
  position: number;
  outcome: StepOutcome;
  actual: string;
}

/**
 * A manual result keeps what the tester saw on each step, not on the result, so a problem raised from it
 * (9.1) takes its expected and actual results from the steps that did not pass, each named by its number.
 */
export function failedStepFacts(steps: readonly TestStep[], executed: readonly ExecutedStep[]): { expected: string; actual: string } {
  const failed = executed.filter((s) => s.outcome !== 'passed').sort((a, b) => a.position - b.position);
  const expected = failed.map((s) => {
    const step = steps.find((x) => x.position === s.position);
    return step ? `Step ${s.position} (${step.action}): ${step.expected}` : '';
  });
  const actual = failed.map((s) => `Step ${s.position} ${s.outcome}: ${s.actual.trim() || 'no actual result recorded'}`);
  return { expected: expected.filter(Boolean).join('\n'), actual: actual.join('\n') };
}
