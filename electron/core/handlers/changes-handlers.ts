import type { TraceRef } from '../../../shared/api/trace-types';
import { assessmentEditable, changeTransitionRefusal } from '../../../shared/changes/change-status';
import { EU_SIGNIFICANCE } from '../../../shared/changes/eu-significance';
import { answersUsed, walk } from '../../../shared/changes/significance-walk';
import { US_SIGNIFICANCE } from '../../../shared/changes/us-significance';
import { ENTITY_LABELS } from '../../../shared/trace/link-rules';
import { ROLES_FOR_DUTY } from '../../../shared/documents/workflow';
import { CHANGE_ENTITY, targetViews } from '../changes/change-targets';
import { changeFacts, changeView, signedContent } from '../changes/change-view';
import { changeFields, type ChangeFields, type ChangeRow } from '../changes/changes-repo';
import { computeImpact, impactRefs } from '../changes/impact';
import type { HandlerContext, Handlers } from '../context';
import { CairnError } from '../errors';
import { signRecord } from '../signatures/sign-record';
import { requireAuthor } from './require-author';
import { problemOrThrow } from '../problems/problem-lookup';

type ChangeHandlers = Pick<
  Handlers,
  'changes.list' | 'changes.get' | 'changes.create' | 'changes.update' | 'changes.setTargets' | 'changes.assessSignificance' | 'changes.approve' | 'changes.setStatus'
>;

const QUESTIONNAIRES = { eu: EU_SIGNIFICANCE, us: US_SIGNIFICANCE };
/** Still editable after approval: they record what happened after the decision, not the decision. */
const AFTER_APPROVAL: readonly (keyof ChangeFields)[] = ['implementation', 'verification'];

export function changeOrThrow(ctx: HandlerContext, id: number): ChangeRow {
  const row = ctx.project.changes.byId(id);
  if (!row) throw new CairnError('not_found', `There is no change request with id ${id}.`, 'id');
  return row;
}

function draftOrThrow(ctx: HandlerContext, id: number, what: string): ChangeRow {
  const row = changeOrThrow(ctx, id);
  if (!assessmentEditable(row.status)) throw new CairnError('conflict', `${row.humanId} is ${row.status}: its ${what} is what was approved and stays as it was.`, 'id');
  return row;
}

/** Every target must name a record on file; refused with the first that does not. */
function checkTargets(ctx: HandlerContext, targets: readonly TraceRef[]): TraceRef[] {
  const unique = [...new Map(targets.map((t) => [`${t.type}:${t.id}`, t])).values()];
  for (const view of targetViews(ctx.project, unique)) {
    if (view.title === '(no longer on record)') throw new CairnError('not_found', `There is no ${ENTITY_LABELS[view.type]} with id ${view.id}.`, 'targets');
  }
  return unique;
}

export const changesHandlers: ChangeHandlers = {
  'changes.list': (_input, ctx) => ({ changes: ctx.project.changes.all().map((row) => changeView(ctx, row)) }),

  'changes.get': (input, ctx) => changeView(ctx, changeOrThrow(ctx, input.id)),

  'changes.create': (input, ctx) => {
    requireAuthor(ctx, 'open a change request');
    const problem = input.problemId === undefined ? null : problemOrThrow(ctx, input.problemId, 'problemId');
    const source = input.source ?? (problem ? 'problem' : 'other');
    if (source === 'problem' && !problem) throw new CairnError('invalid_input', 'Name the problem report the change comes from.', 'problemId');
    const targets = checkTargets(ctx, input.targets);
    const fields: ChangeFields = {
      title: input.title,
      description: input.description,
      rationale: input.rationale,
      source,
      problemId: problem?.id ?? null,
      kind: input.kind ?? (problem ? 'bug-fix' : 'change'),
      targetVersion: input.targetVersion,
      impactNotes: '',
      safetyAnalysis: '',
      newRiskControls: null,
      implementation: '',
      verification: '',
    };
    const id = ctx.project.changes.insert(fields, ctx.user.id, ctx.now());
    ctx.project.changes.setTargets(id, targets);
    const row = changeOrThrow(ctx, id);
    const view = changeView(ctx, row);
    ctx.audit({
      action: 'create',
      entity: CHANGE_ENTITY,
      entityId: row.humanId,
      summary: `${row.humanId} opened${problem ? ` from ${problem.humanId}` : ''}: ${row.title}`,
      after: { ...fields, targets: view.targets.map((t) => t.humanId) },
    });
    return view;
  },

  'changes.update': (input, ctx) => {
    requireAuthor(ctx, 'change a change request');
    const row = changeOrThrow(ctx, input.id);
    const { id: _id, ...patch } = input;
    const before = changeFields(row);
    const next = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as ChangeFields;
    const changed = (Object.keys(next) as (keyof ChangeFields)[]).filter((k) => next[k] !== before[k]);
    if (changed.length === 0) throw new CairnError('invalid_input', 'Nothing to change.');
    if (row.status === 'closed') throw new CairnError('conflict', `${row.humanId} is closed and stays as it was.`, 'id');
    const locked = assessmentEditable(row.status) ? undefined : changed.find((k) => !AFTER_APPROVAL.includes(k));
    if (locked) throw new CairnError('conflict', `${row.humanId} is ${row.status}: only its implementation and verification can still be written.`, locked);
    ctx.project.changes.update(row.id, next, ctx.now());
    const pick = (source: ChangeFields) => Object.fromEntries(changed.map((k) => [k, source[k]]));
    ctx.audit({
      action: 'update',
      entity: CHANGE_ENTITY,
      entityId: row.humanId,
      summary: `${row.humanId}: ${changed.join(', ')} changed`,
      before: pick(before),
      after: pick(next),
    });
    return changeView(ctx, changeOrThrow(ctx, row.id));
  },

  'changes.setTargets': (input, ctx) => {
    requireAuthor(ctx, 'change a change request');
    const row = draftOrThrow(ctx, input.id, 'list of targets');
    const before = targetViews(ctx.project, ctx.project.changes.targets(row.id)).map((t) => t.humanId);
    const targets = checkTargets(ctx, input.targets);
    ctx.project.changes.setTargets(row.id, targets);
    const view = changeView(ctx, changeOrThrow(ctx, row.id));
    const after = view.targets.map((t) => t.humanId);
    if (before.join() === after.join()) throw new CairnError('invalid_input', 'Nothing to change.', 'targets');
    ctx.audit({
      action: 'update',
      entity: CHANGE_ENTITY,
      entityId: row.humanId,
      summary: `${row.humanId} starts from ${after.join(', ') || 'no record'}`,
      before: { targets: before },
      after: { targets: after },
    });
    return view;
  },

  'changes.assessSignificance': (input, ctx) => {
    requireAuthor(ctx, 'assess a change');
    const row = draftOrThrow(ctx, input.id, 'significance assessment');
    const questionnaire = QUESTIONNAIRES[input.region];
    const known = new Set<string>(questionnaire.questions.map((q) => q.id));
    const stray = Object.keys(input.answers).find((k) => !known.has(k));
    if (stray) throw new CairnError('invalid_input', `"${stray}" is not a question of the ${input.region.toUpperCase()} assessment.`, 'answers');
    const result = walk(questionnaire, input.answers);
    if (!result.complete) throw new CairnError('invalid_input', `Answer the question "${result.next.text}"`, 'answers');
    const answers = answersUsed(questionnaire, input.answers);
    ctx.project.changes.setAssessment(row.id, input.region, answers, result.outcome, input.rationale, ctx.now());
    ctx.audit({
      action: 'update',
      entity: CHANGE_ENTITY,
      entityId: row.humanId,
      summary: `${row.humanId} ${input.region.toUpperCase()} significance: ${result.outcome}, decided by ${result.deciding.map((q) => q.id).join(', ')}`,
      before: row[input.region],
      after: { answers, outcome: result.outcome, rationale: input.rationale },
    });
    return changeView(ctx, changeOrThrow(ctx, row.id));
  },

  'changes.approve': (input, ctx) => {
    if (!ROLES_FOR_DUTY.approver.includes(ctx.user.role)) throw new CairnError('forbidden', 'Only an approver or an owner can approve a change request.');
    const row = changeOrThrow(ctx, input.id);
    const refusal = changeTransitionRefusal(changeFacts(ctx, row), 'approved');
    if (refusal) throw new CairnError(refusal.code, `${row.humanId}: ${refusal.message}`, refusal.field);
    const at = ctx.now();
    const refs = ctx.project.changes.targets(row.id);
    const impact = computeImpact(ctx.project, refs, at);
    signRecord(
      ctx,
      { entityType: CHANGE_ENTITY, entityId: row.id, humanId: row.humanId, meaning: 'approved', content: signedContent(row, targetViews(ctx.project, refs), impact) },
      input.password,
    );
    ctx.project.changes.approve(row.id, impact, at);
    const why = `${row.humanId} approved: review after the change`;
    const suspectLinks = [...refs, ...impactRefs(impact)].reduce((n, ref) => n + ctx.project.trace.markSuspect(ref, why, at), 0);
    ctx.audit({
      action: 'update',
      entity: CHANGE_ENTITY,
      entityId: row.humanId,
      summary: `${row.humanId} approved; impact frozen (${impact.tests.length} test(s) to re-run, ${impact.documents.length} document(s) covering affected records); ${suspectLinks} trace link(s) now suspect`,
      before: { status: row.status },
      after: { status: 'approved', approvedAt: at },
    });
    return { change: changeView(ctx, changeOrThrow(ctx, row.id)), suspectLinks };
  },

  'changes.setStatus': (input, ctx) => {
    requireAuthor(ctx, 'move a change request on');
    const row = changeOrThrow(ctx, input.id);
    const refusal = changeTransitionRefusal(changeFacts(ctx, row), input.status);
    if (refusal) throw new CairnError(refusal.code, `${row.humanId}: ${refusal.message}`, refusal.field);
    ctx.project.changes.setStatus(row.id, input.status, ctx.now());
    ctx.audit({
      action: 'update',
      entity: CHANGE_ENTITY,
      entityId: row.humanId,
      summary: `${row.humanId} ${row.status} → ${input.status}`,
      before: { status: row.status },
      after: { status: input.status },
    });
    return changeView(ctx, changeOrThrow(ctx, row.id));
  },
};
