import type { TestResultView, TestRunDetail, TestRunSummary } from '../../../shared/api/tests-types';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import type { OpenProject } from '../projects/open-project';
import { signaturesOf } from '../signatures/sign-record';
import type { RunRow } from './test-runs-repo';

export function runOrThrow(project: OpenProject, id: number, field = 'id'): RunRow {
  const run = project.tests.runs.byId(id);
  if (!run) throw new CairnError('not_found', `There is no test run with id ${id}.`, field);
  return run;
}

export function toRunSummaries(project: OpenProject, runs: readonly RunRow[]): TestRunSummary[] {
  const counts = project.tests.runs.counts(runs.map((r) => r.id));
  return runs.map(({ startedBy: _startedBy, ...run }) => {
    const c = counts.get(run.id);
    return { ...run, counts: c?.counts ?? { 'not-run': 0, passed: 0, failed: 0, error: 0, blocked: 0, skipped: 0 }, unmapped: c?.unmapped ?? 0 };
  });
}

/** A run's results with their steps (manual runs) and attachments. */
export function runResults(project: OpenProject, run: RunRow): TestResultView[] {
  const stepRows = project.tests.runs.stepResults(run.id);
  const attachments = project.tests.evidence.ofRun(run.id);
  const stepsOfCase = new Map<number, ReturnType<OpenProject['tests']['cases']['steps']>>();
  return project.tests.runs.results(run.id).map(({ runId: _runId, executedBy: _executedBy, ...r }) => {
    let caseSteps = r.testCaseId === null ? [] : stepsOfCase.get(r.testCaseId);
    if (!caseSteps && r.testCaseId !== null) {
      caseSteps = project.tests.cases.steps(r.testCaseId);
      stepsOfCase.set(r.testCaseId, caseSteps);
    }
    // JUnit results carry no steps: automated cases report as a whole.
    const recorded = run.source === 'manual' ? stepRows.filter((s) => s.resultId === r.id) : [];
    const steps =
      run.source === 'manual'
        ? (caseSteps ?? []).map((s) => {
            const done = recorded.find((x) => x.position === s.position);
            return { ...s, outcome: done?.outcome ?? null, actual: done?.actual ?? '' };
          })
        : [];
    return { ...r, steps, attachments: attachments.filter((a) => a.resultId === r.id).map(({ resultId: _resultId, ...a }) => a) };
  });
}

/** What a tester's "executed" signature covers: the run's 5.7.5 facts and every result as recorded. */
export function runContent(detail: Omit<TestRunDetail, 'signatures'>): unknown {
  return {
    run: detail.humanId,
    softwareVersion: detail.softwareVersion,
    environment: detail.environment,
    tools: detail.tools,
    results: detail.results.map((r) => ({
      case: r.caseHumanId,
      junit: r.junitName,
      outcome: r.outcome,
      actual: r.actual,
      steps: r.steps.map((s) => ({ position: s.position, action: s.action, expected: s.expected, outcome: s.outcome, actual: s.actual })),
      attachments: r.attachments.map((a) => a.sha256),
    })),
  };
}

export function runDetail(ctx: HandlerContext, run: RunRow): TestRunDetail {
  const [summary] = toRunSummaries(ctx.project, [run]);
  if (!summary) throw new Error(`Run ${run.humanId} could not be shown.`);
  const detail = { ...summary, results: runResults(ctx.project, run) };
  return { ...detail, signatures: signaturesOf(ctx, 'test_run', run.id, runContent(detail)) };
}
