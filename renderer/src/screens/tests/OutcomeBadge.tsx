import type { StepOutcome, TestOutcome, VerificationStatus } from '../../../../shared/api/tests-types';

const LABELS: Record<TestOutcome | VerificationStatus, string> = {
  'not-run': 'not run',
  passed: 'passed',
  failed: 'failed',
  error: 'error',
  blocked: 'blocked',
  skipped: 'skipped',
  'no-test': 'no test',
};

/** An outcome or verification state as a coloured word; the word carries the meaning, the colour only helps. */
export function OutcomeBadge({ outcome }: { outcome: TestOutcome | VerificationStatus | StepOutcome | null }) {
  const key = outcome ?? 'not-run';
  return <span className={`badge outcome-badge outcome-${key}`}>{LABELS[key]}</span>;
}
