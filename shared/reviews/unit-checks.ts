import type { ReviewProblem, ReviewResult } from './checklists';

/**
 * What a unit verification record holds besides its checklist (IEC 62304 5.5.5): the checks run on the
 * revision and their results, with coverage measured against the threshold the acceptance criteria set.
 */
export const UNIT_CHECK_KINDS = ['code-review', 'static-analysis', 'unit-tests', 'coverage'] as const;
export type UnitCheckKind = (typeof UNIT_CHECK_KINDS)[number];

export const UNIT_CHECK_LABELS: Record<UnitCheckKind, string> = {
  'code-review': 'Code review',
  'static-analysis': 'Static analysis',
  'unit-tests': 'Unit tests',
  coverage: 'Coverage',
};

export const UNIT_CHECK_OUTCOMES = ['passed', 'failed', 'not-run'] as const;
export type UnitCheckOutcome = (typeof UNIT_CHECK_OUTCOMES)[number];

export const UNIT_CHECK_OUTCOME_LABELS: Record<UnitCheckOutcome, string> = { passed: 'Passed', failed: 'Failed', 'not-run': 'Not run' };

export interface UnitCheck {
  check: UnitCheckKind;
  outcome: UnitCheckOutcome;
  /** The tool or who did it, e.g. "ESLint 9, house rules" or "pull request review by R. Reviewer". */
  tool: string;
  /** What came out, e.g. "212 tests, 212 passed" or "2 warnings, both justified". */
  detail: string;
  /** Coverage only: the measured and the required percentage. */
  measuredPercent: number | null;
  requiredPercent: number | null;
}

/**
 * Whether the checks fit together and with the result: each check once, at least one run, coverage with
 * both figures and an outcome that agrees with them, a reason for anything not run, and no "passed"
 * result over a failed check (that is "passed with obligations" or "failed", with findings).
 */
export function checkUnitChecks(checks: readonly UnitCheck[], result: ReviewResult): ReviewProblem | null {
  const seen = new Set<UnitCheckKind>();
  for (const [index, check] of checks.entries()) {
    const at = `unit.checks.${index}`;
    if (seen.has(check.check)) return { field: `${at}.check`, message: `${UNIT_CHECK_LABELS[check.check]} is listed twice.` };
    seen.add(check.check);
    if (check.outcome === 'not-run' && !check.detail.trim()) return { field: `${at}.detail`, message: `Say why ${UNIT_CHECK_LABELS[check.check].toLowerCase()} was not run.` };
    const problem =
      check.check === 'coverage'
        ? coverageProblem(check)
        : check.measuredPercent !== null || check.requiredPercent !== null
          ? 'Percentages belong to the coverage check only.'
          : null;
    if (problem) return { field: `${at}.measuredPercent`, message: problem };
  }
  if (!checks.some((c) => c.outcome !== 'not-run'))
    return { field: 'unit.checks', message: 'Record at least one check that was run: review, static analysis, unit tests or coverage.' };
  if (result === 'passed' && checks.some((c) => c.outcome === 'failed')) {
    return { field: 'result', message: 'A unit with a failed check cannot pass outright: choose "passed with obligations" or "failed".' };
  }
  return null;
}

function coverageProblem(check: UnitCheck): string | null {
  if (check.outcome === 'not-run') return null;
  if (check.measuredPercent === null || check.requiredPercent === null) return 'Give the measured coverage and the threshold the acceptance criteria set.';
  const reached = check.measuredPercent >= check.requiredPercent;
  if (check.outcome === 'passed' && !reached) return `Coverage of ${check.measuredPercent}% is below the ${check.requiredPercent}% threshold, so it did not pass.`;
  if (check.outcome === 'failed' && reached) return `Coverage of ${check.measuredPercent}% reaches the ${check.requiredPercent}% threshold; mark it passed.`;
  return null;
}
