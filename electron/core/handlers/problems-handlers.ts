import type { ProblemRecord } from '../../../shared/api/problems-types';
import { failedStepFacts } from '../../../shared/changes/problem-from-test';
import { problemTransitionRefusal } from '../../../shared/changes/problem-status';
import type { HandlerContext, Handlers } from '../context';
import { CairnError } from '../errors';
import type { ProblemFields } from '../problems/problems-repo';
import { problemView } from '../problems/problem-view';
import { problemTrend } from '../../../shared/changes/problem-trend';
import { chainOrThrow } from '../risk/risk-lookups';
import { requireAuthor } from './require-author';
import { problemOrThrow } from '../problems/problem-lookup';

type ProblemHandlers = Pick<
  Handlers,
  'problems.list' | 'problems.get' | 'problems.create' | 'problems.update' | 'problems.evaluateRisk' | 'problems.evaluateAnomaly' | 'problems.setStatus' | 'problems.trend'
>;

const ENTITY = 'problem_report';
/** Outcomes that mean something went wrong, so a problem report can be raised from them. */
const FAILED_OUTCOMES = ['failed', 'error', 'blocked'];

/** A manual result's expected and actual results live on its steps; a JUnit result has none. */
function manualStepFacts(ctx: HandlerContext, resultId: number): { expected: string; actual: string } | null {
  const result = ctx.project.tests.runs.resultById(resultId);
  if (!result || result.testCaseId === null) return null;
  const executed = ctx.project.tests.runs.stepResults(result.runId).filter((s) => s.resultId === resultId);
  return executed.length ? failedStepFacts(ctx.project.tests.cases.steps(result.testCaseId), executed) : null;
}

function openOrThrow(ctx: HandlerContext, id: number): ProblemRecord {
  const row = problemOrThrow(ctx, id);
  if (row.status === 'closed') throw new CairnError('conflict', `${row.humanId} is closed; reopen it (status investigating) before changing it.`, 'id');
  return row;
}

const fieldsOf = (row: ProblemRecord): ProblemFields => {
  const { id: _id, humanId: _h, status: _s, testResultId: _t, reportedBy: _rb, reportedAt: _ra, closedAt: _ca, closedBy: _cb, updatedAt: _u, ...fields } = row;
  return fields;
};

/** Writes the changed fields of one report with one audit row naming them; refuses a call that changes nothing. */
function saveProblem(ctx: HandlerContext, row: ProblemRecord, patch: Partial<ProblemFields>, what: string) {
  const before = fieldsOf(row);
  const next = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as ProblemFields;
  const changed = (Object.keys(next) as (keyof ProblemFields)[]).filter((k) => next[k] !== before[k]);
  if (changed.length === 0 && what === 'changed') throw new CairnError('invalid_input', 'Nothing to change.');
  ctx.project.problems.update(row.id, next, ctx.now());
  const pick = (source: ProblemFields) => Object.fromEntries(changed.map((k) => [k, source[k]]));
  ctx.audit({
    action: 'update',
    entity: ENTITY,
    entityId: row.humanId,
    summary: `${row.humanId} ${what}${changed.length ? `: ${changed.join(', ')}` : ''}`,
    before: pick(before),
    after: pick(next),
  });
  return problemView(ctx.project, problemOrThrow(ctx, row.id));
}

export const problemsHandlers: ProblemHandlers = {
  'problems.list': (_input, ctx) => ({ problems: ctx.project.problems.all().map((row) => problemView(ctx.project, row)) }),

  'problems.get': (input, ctx) => problemView(ctx.project, problemOrThrow(ctx, input.id)),

  'problems.create': (input, ctx) => {
    requireAuthor(ctx, 'raise a problem report');
    const { fromTestResultId, ...given } = input;
    let prefill: Partial<ProblemFields> = {};
    if (fromTestResultId !== undefined) {
      const origin = ctx.project.problems.testOrigin(fromTestResultId);
      if (!origin) throw new CairnError('not_found', `There is no test result with id ${fromTestResultId}.`, 'fromTestResultId');
      if (!FAILED_OUTCOMES.includes(origin.outcome))
        throw new CairnError(
          'invalid_input',
          `${origin.caseHumanId} ${origin.outcome} in ${origin.runHumanId}: a problem report is raised from a failed, errored or blocked result.`,
          'fromTestResultId',
        );
      const earlier = ctx.project.problems.byTestResult(fromTestResultId);
      if (earlier) throw new CairnError('conflict', `${earlier.humanId} was already raised from this result of ${origin.caseHumanId} in ${origin.runHumanId}.`, 'fromTestResultId');
      if (given.source !== undefined && given.source !== 'test') throw new CairnError('invalid_input', 'A problem raised from a test result has the source "test".', 'source');
      const steps = origin.actual.trim() ? null : manualStepFacts(ctx, fromTestResultId);
      prefill = {
        title: `${origin.caseHumanId} ${origin.outcome} on ${origin.softwareVersion}: ${origin.caseTitle}`.slice(0, 200),
        source: 'test',
        foundInVersion: origin.softwareVersion,
        expected: steps?.expected ?? '',
        actual: steps?.actual ?? origin.actual,
        description: [given.description, origin.message && `Message recorded in ${origin.runHumanId}: ${origin.message}`].filter(Boolean).join('\n\n'),
      };
    }
    const title = given.title ?? prefill.title;
    if (!title) throw new CairnError('invalid_input', 'Required.', 'title');
    const fields: ProblemFields = {
      description: prefill.description ?? given.description,
      source: prefill.source ?? given.source ?? 'internal',
      foundInVersion: given.foundInVersion ?? prefill.foundInVersion ?? '',
      environment: given.environment,
      stepsToReproduce: given.stepsToReproduce,
      expected: given.expected || (prefill.expected ?? ''),
      actual: given.actual ?? prefill.actual ?? '',
      type: given.type,
      scope: given.scope,
      criticality: given.criticality,
      title,
      affectsSafety: null,
      safetyEvaluation: '',
      investigation: '',
      rootCause: '',
      partiesAdvised: '',
      decision: 'undecided',
      decisionRationale: '',
      fixVerification: '',
      anomalyEvaluation: '',
      userMitigation: '',
    };
    const id = ctx.project.problems.insert(fields, fromTestResultId ?? null, ctx.user.id, ctx.now());
    const row = problemOrThrow(ctx, id);
    ctx.audit({
      action: 'create',
      entity: ENTITY,
      entityId: row.humanId,
      summary: `${row.humanId} raised (${row.criticality}, ${row.source}): ${row.title}`,
      after: { ...fields, testResultId: row.testResultId },
    });
    return problemView(ctx.project, row);
  },

  'problems.update': (input, ctx) => {
    requireAuthor(ctx, 'change a problem report');
    const { id, ...patch } = input;
    return saveProblem(ctx, openOrThrow(ctx, id), patch, 'changed');
  },

  'problems.evaluateRisk': (input, ctx) => {
    requireAuthor(ctx, 'evaluate a problem against the risk file');
    const row = openOrThrow(ctx, input.id);
    const chains = [...new Set(input.chainIds)].map((chainId) => chainOrThrow(ctx, chainId, 'chainIds'));
    if (input.affectsSafety && chains.length === 0) throw new CairnError('invalid_input', 'Name the risk chains the problem affects.', 'chainIds');
    const before = ctx.project.problems.risks(row.id).map((r) => r.humanId);
    ctx.project.problems.setRisks(
      row.id,
      chains.map((c) => c.id),
    );
    const view = saveProblem(ctx, row, { affectsSafety: input.affectsSafety, safetyEvaluation: input.safetyEvaluation }, 'evaluated against the risk file');
    ctx.audit({
      action: 'link',
      entity: ENTITY,
      entityId: row.humanId,
      summary: `${row.humanId} ${input.affectsSafety ? 'affects safety' : 'does not affect safety'}; risk chains: ${chains.map((c) => c.humanId).join(', ') || 'none'}`,
      before: { chains: before },
      after: { chains: chains.map((c) => c.humanId) },
    });
    return view;
  },

  'problems.evaluateAnomaly': (input, ctx) => {
    requireAuthor(ctx, 'evaluate a known anomaly');
    const row = openOrThrow(ctx, input.id);
    return saveProblem(ctx, row, { anomalyEvaluation: input.anomalyEvaluation, userMitigation: input.userMitigation }, 'evaluated as a known anomaly');
  },

  'problems.setStatus': (input, ctx) => {
    requireAuthor(ctx, 'move a problem report on');
    const row = problemOrThrow(ctx, input.id);
    const refusal = problemTransitionRefusal(row, input.status);
    if (refusal) throw new CairnError(refusal.code, `${row.humanId}: ${refusal.message}`, refusal.field);
    ctx.project.problems.setStatus(row.id, input.status, ctx.user.id, ctx.now());
    ctx.audit({
      action: 'update',
      entity: ENTITY,
      entityId: row.humanId,
      summary: `${row.humanId} ${row.status} → ${input.status}`,
      before: { status: row.status },
      after: { status: input.status },
    });
    return problemView(ctx.project, problemOrThrow(ctx, row.id));
  },

  'problems.trend': (_input, ctx) => ({ months: problemTrend(ctx.project.problems.all()) }),
};
