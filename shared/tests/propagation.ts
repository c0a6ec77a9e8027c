import type { StepOutcome, TestOutcome, VerificationRow, VerificationStatus } from '../api/tests-types';
import { VERIFICATION_STATUSES } from '../api/tests-types';

/**
 * A case's outcome from its steps as a tester records them: any failed step fails the case, else any
 * blocked step blocks it, and it passes only once every step passed. A step not yet executed keeps the
 * case "not run" — a half-executed case has shown nothing.
 */
export function outcomeFromSteps(steps: readonly (StepOutcome | null)[]): TestOutcome {
  if (steps.length === 0) return 'not-run';
  if (steps.includes('failed')) return 'failed';
  if (steps.includes('blocked')) return 'blocked';
  if (steps.includes(null)) return 'not-run';
  return 'passed';
}

/** Worst first: how much each outcome says about a version's fitness when several results meet. */
const OUTCOME_WEIGHT: Record<TestOutcome, number> = { error: 5, failed: 5, blocked: 4, 'not-run': 3, skipped: 2, passed: 1 };

/** The worse of two outcomes, for one case reported twice in a run (a parametrised JUnit test, say). */
export function worseOutcome(a: TestOutcome, b: TestOutcome): TestOutcome {
  return OUTCOME_WEIGHT[b] > OUTCOME_WEIGHT[a] ? b : a;
}

/**
 * The state a set of test outcomes gives what they verify: failed if any failed or broke, else blocked if
 * any was blocked, else not run if any has no result (or was skipped), else passed. No test at all is its
 * own state, so an untested requirement never reads as "not run yet".
 */
export function statusOf(outcomes: readonly (TestOutcome | undefined)[]): VerificationStatus {
  if (outcomes.length === 0) return 'no-test';
  if (outcomes.some((o) => o === 'failed' || o === 'error')) return 'failed';
  if (outcomes.includes('blocked')) return 'blocked';
  if (outcomes.some((o) => o === undefined || o === 'not-run' || o === 'skipped')) return 'not-run';
  return 'passed';
}

/** One result of a version: its run's order (later runs supersede earlier ones) and what happened. */
export interface VersionResult {
  runOrder: number;
  testCaseId: number;
  outcome: TestOutcome;
}

/**
 * Each case's outcome for a version: the latest run that holds the case decides; within that run, a case
 * reported more than once takes its worst result.
 */
export function latestByCase(results: readonly VersionResult[]): Map<number, TestOutcome> {
  const best = new Map<number, { runOrder: number; outcome: TestOutcome }>();
  for (const r of results) {
    const seen = best.get(r.testCaseId);
    if (!seen || r.runOrder > seen.runOrder) best.set(r.testCaseId, { runOrder: r.runOrder, outcome: r.outcome });
    else if (r.runOrder === seen.runOrder) seen.outcome = worseOutcome(seen.outcome, r.outcome);
  }
  return new Map([...best].map(([id, v]) => [id, v.outcome]));
}

export interface Labelled {
  id: number;
  humanId: string;
  title: string;
}

export interface PropagationInput {
  requirements: readonly Labelled[];
  /** Each risk control with the requirements that implement it (risk_control → requirement links). */
  riskControls: readonly (Labelled & { requirementIds: readonly number[] })[];
  /** The cases in force (retired ones left out) and what each verifies. */
  cases: readonly (Labelled & { requirementIds: readonly number[]; riskControlIds: readonly number[] })[];
  /** Each case's outcome for the version, from `latestByCase`; a case missing here was not run. */
  outcomes: ReadonlyMap<number, TestOutcome>;
}

export const emptyCounts = (): Record<VerificationStatus, number> => Object.fromEntries(VERIFICATION_STATUSES.map((s) => [s, 0])) as Record<VerificationStatus, number>;

/**
 * Upward propagation (IEC 62304 5.7.4, ISO 14971 7.2): each requirement takes the state of the cases that
 * verify it; each risk control takes the state of its own cases together with those of every requirement
 * implementing it, so a failed test of an implementing requirement shows on the control too.
 */
export function propagate(input: PropagationInput): { requirements: VerificationRow[]; riskControls: VerificationRow[] } {
  const casesOfRequirement = new Map<number, Labelled[]>();
  const casesOfControl = new Map<number, Labelled[]>();
  const push = (map: Map<number, Labelled[]>, key: number, value: Labelled) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const c of input.cases) {
    for (const id of new Set(c.requirementIds)) push(casesOfRequirement, id, c);
    for (const id of new Set(c.riskControlIds)) push(casesOfControl, id, c);
  }
  const row = (record: Labelled, cases: readonly Labelled[]): VerificationRow => {
    const unique = [...new Map(cases.map((c) => [c.id, c])).values()];
    const outcomes = unique.map((c) => input.outcomes.get(c.id));
    return {
      id: record.id,
      humanId: record.humanId,
      title: record.title,
      status: statusOf(outcomes),
      tests: unique.map((c, i) => ({ humanId: c.humanId, outcome: outcomes[i] ?? 'not-run' })),
    };
  };
  return {
    requirements: input.requirements.map((r) => row(r, casesOfRequirement.get(r.id) ?? [])),
    riskControls: input.riskControls.map((rc) => row(rc, [...(casesOfControl.get(rc.id) ?? []), ...rc.requirementIds.flatMap((id) => casesOfRequirement.get(id) ?? [])])),
  };
}

export function countStatuses(rows: readonly VerificationRow[]): Record<VerificationStatus, number> {
  const counts = emptyCounts();
  for (const r of rows) counts[r.status] += 1;
  return counts;
}
