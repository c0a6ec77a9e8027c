import { createHash } from 'node:crypto';
import { ATTACHMENT_MAX_BYTES } from '../../../../shared/api/tests-types';
import { outcomeFromSteps } from '../../../../shared/tests/propagation';
import type { HandlerContext, Handlers } from '../../context';
import { CairnError } from '../../errors';
import { signRecord } from '../../signatures/sign-record';
import { runContent, runDetail, runOrThrow, toRunSummaries } from '../../tests/run-view';
import type { ResultRow, RunRow } from '../../tests/test-runs-repo';
import { testsSummary } from '../../tests/tests-summary';
import { versionStatus } from '../../tests/version-status';
import { requireAuthor } from '../require-author';
import { caseOrThrow } from '../../tests/test-case-lookup';

type TestRunHandlers = Pick<
  Handlers,
  'tests.runs' | 'tests.getRun' | 'tests.startRun' | 'tests.recordStep' | 'tests.attach' | 'tests.attachment' | 'tests.completeRun' | 'tests.status' | 'tests.summary'
>;

function resultOrThrow(ctx: HandlerContext, id: number): { result: ResultRow; run: RunRow } {
  const result = ctx.project.tests.runs.resultById(id);
  if (!result) throw new CairnError('not_found', `There is no test result with id ${id}.`, 'resultId');
  return { result, run: runOrThrow(ctx.project, result.runId, 'resultId') };
}

/** Results are recorded while a run is open; completing it (and signing) fixes them. */
function requireOpen(run: RunRow, what: string): void {
  if (run.completedAt !== null) throw new CairnError('conflict', `${run.humanId} is completed: ${what} is no longer possible.`, 'resultId');
}

const label = (r: Pick<ResultRow, 'id' | 'caseHumanId' | 'junitName'>) => r.caseHumanId ?? r.junitName ?? `result ${r.id}`;

// Testing is every member's work: a reviewer may well be the independent tester, so execution is not
// limited to authors; writing cases and starting runs is.
export const testRunHandlers: TestRunHandlers = {
  'tests.runs': (input, ctx) => toRunSummaries(ctx.project, ctx.project.tests.runs.list(input.softwareVersion ?? null)),

  'tests.getRun': (input, ctx) => runDetail(ctx, runOrThrow(ctx.project, input.id)),

  'tests.startRun': (input, ctx) => {
    requireAuthor(ctx, 'start test runs');
    const { caseIds, ...facts } = input;
    const cases = [...new Set(caseIds)].map((id, i) => caseOrThrow(ctx, id, `caseIds.${i}`));
    cases.forEach((c, i) => {
      if (c.retired) throw new CairnError('invalid_input', `${c.humanId} is retired and cannot be run.`, `caseIds.${i}`);
      if (ctx.project.tests.cases.steps(c.id).length === 0)
        throw new CairnError('invalid_input', `${c.humanId} has no steps to execute; its results arrive through JUnit.`, `caseIds.${i}`);
    });
    const at = ctx.now();
    const run = ctx.project.tests.runs.insert({ ...facts, source: 'manual', fileName: null, fileSha256: null }, at, ctx.user.id, null);
    for (const c of cases) {
      ctx.project.tests.runs.insertResult(run.id, {
        testCaseId: c.id,
        junitName: null,
        outcome: 'not-run',
        actual: '',
        message: '',
        durationMs: null,
        executedBy: null,
        executedAt: null,
      });
    }
    ctx.audit({
      action: 'create',
      entity: 'test_run',
      entityId: run.humanId,
      summary: `${run.humanId} started for version ${run.softwareVersion}: ${cases.map((c) => c.humanId).join(', ')}`,
      after: { ...facts, cases: cases.map((c) => c.humanId) },
    });
    return runDetail(ctx, run);
  },

  'tests.recordStep': (input, ctx) => {
    const { result, run } = resultOrThrow(ctx, input.resultId);
    requireOpen(run, 'recording steps');
    if (result.testCaseId === null) throw new CairnError('invalid_input', 'This result has no test case to execute.', 'resultId');
    const steps = ctx.project.tests.cases.steps(result.testCaseId);
    if (!steps.some((s) => s.position === input.position)) throw new CairnError('invalid_input', `${label(result)} has no step ${input.position}.`, 'position');
    ctx.project.tests.runs.saveStep({ resultId: result.id, position: input.position, outcome: input.outcome, actual: input.actual });
    const recorded = new Map(
      ctx.project.tests.runs
        .stepResults(run.id)
        .filter((s) => s.resultId === result.id)
        .map((s) => [s.position, s.outcome]),
    );
    const outcome = outcomeFromSteps(steps.map((s) => recorded.get(s.position) ?? null));
    ctx.project.tests.runs.setOutcome(result.id, outcome, ctx.user.id, ctx.now());
    ctx.audit({
      action: 'execute',
      entity: 'test_run',
      entityId: run.humanId,
      summary: `${run.humanId} ${label(result)} step ${input.position}: ${input.outcome}${outcome !== result.outcome ? `; the case is now ${outcome}` : ''}`,
      after: { case: result.caseHumanId, position: input.position, outcome: input.outcome, actual: input.actual, caseOutcome: outcome },
    });
    return runDetail(ctx, run);
  },

  'tests.attach': (input, ctx) => {
    const { result, run } = resultOrThrow(ctx, input.resultId);
    requireOpen(run, 'attaching evidence');
    const bytes = Buffer.from(input.base64, 'base64');
    if (bytes.length > ATTACHMENT_MAX_BYTES)
      throw new CairnError(
        'invalid_input',
        `${input.name} is larger than ${ATTACHMENT_MAX_BYTES / 1048576} MB (${bytes.length} bytes): attach a smaller file, such as a cropped screenshot.`,
        'base64',
      );
    if (bytes.length === 0) throw new CairnError('invalid_input', `${input.name} is empty.`, 'base64');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    ctx.project.tests.evidence.attach(result.id, { name: input.name, mediaType: input.mediaType, sha256, bytes }, ctx.now(), ctx.user.id);
    ctx.audit({
      action: 'attach',
      entity: 'test_run',
      entityId: run.humanId,
      summary: `${run.humanId} ${label(result)}: ${input.name} attached`,
      after: { name: input.name, mediaType: input.mediaType, sha256, size: bytes.length },
    });
    return runDetail(ctx, run);
  },

  'tests.attachment': (input, ctx) => {
    const found = ctx.project.tests.evidence.byId(input.id);
    if (!found) throw new CairnError('not_found', `There is no attachment with id ${input.id}.`, 'id');
    const { bytes, resultId: _resultId, ...info } = found;
    return { ...info, base64: bytes.toString('base64') };
  },

  'tests.completeRun': (input, ctx) => {
    const run = runOrThrow(ctx.project, input.id);
    if (run.source !== 'manual') throw new CairnError('invalid_input', `${run.humanId} was imported from JUnit and is complete already.`, 'id');
    requireOpen(run, 'completing it again');
    const detail = runDetail(ctx, run);
    const waiting = detail.results.filter((r) => r.outcome === 'not-run');
    if (waiting.length)
      throw new CairnError('invalid_input', `Execute every step first: ${waiting.map(label).join(', ')} ${waiting.length === 1 ? 'has' : 'have'} steps not yet recorded.`, 'id');
    const at = ctx.now();
    ctx.project.tests.runs.complete(run.id, at);
    ctx.audit({
      action: 'complete',
      entity: 'test_run',
      entityId: run.humanId,
      summary: `${run.humanId} completed for version ${run.softwareVersion}`,
      after: { completedAt: at, counts: detail.counts },
    });
    signRecord(ctx, { entityType: 'test_run', entityId: run.id, humanId: run.humanId, meaning: 'executed', content: runContent(detail) }, input.password);
    return runDetail(ctx, runOrThrow(ctx.project, run.id));
  },

  'tests.status': (input, ctx) => versionStatus(ctx.project, input.softwareVersion),

  'tests.summary': (_input, ctx) => testsSummary(ctx.project),
};
