import type { UnitVerificationDetails } from '../../../shared/api/reviews-types';
import { CHECKLISTS, checkReview, questionsFor, REVIEW_RESULT_LABELS } from '../../../shared/reviews/checklists';
import { checkUnitChecks } from '../../../shared/reviews/unit-checks';
import type { HandlerContext, Handlers } from '../context';
import { CairnError } from '../errors';
import { findNode, softwareTree } from '../software/software-tree';
import { REVIEW_ENTITY, signReview, withSignatures } from '../reviews/review-signatures';

type ReviewHandlers = Pick<Handlers, 'reviews.list' | 'reviews.record'>;
type RecordInput = Parameters<ReviewHandlers['reviews.record']>[0];

/**
 * The unit a unit verification names, with its class now, after checking the input fits the kind: a
 * unit verification needs one unit or item and its checks; the other kinds take none.
 */
function unitDetails(input: RecordInput, ctx: HandlerContext): UnitVerificationDetails | null {
  if (input.kind !== 'unit-verification') {
    if (input.unit) throw new CairnError('invalid_input', 'Only a unit verification names a unit, a revision and checks.', 'unit');
    return null;
  }
  if (!input.unit) throw new CairnError('invalid_input', 'Choose the unit or item verified and the commit or pull request it covers.', 'unit');
  const node = findNode(softwareTree(ctx.project.software), input.unit.unitId);
  if (!node) throw new CairnError('not_found', `There is no software unit or item with id ${input.unit.unitId}.`, 'unit.unitId');
  if (node.kind === 'system') throw new CairnError('invalid_input', `${node.humanId} is a software system; verify one of its units or items.`, 'unit.unitId');
  const problem = checkUnitChecks(input.unit.checks, input.result);
  if (problem) throw new CairnError('invalid_input', problem.message, problem.field);
  return { unitId: node.id, unitClass: node.effectiveClass, changeRef: input.unit.changeRef, checks: input.unit.checks, anomalies: input.unit.anomalies };
}

export const reviewsHandlers: ReviewHandlers = {
  'reviews.list': (input, ctx) => withSignatures(ctx, ctx.project.reviews.list(input.kind)),

  // Any signed-in role may record a review: reviewers most of all, but a solo founder reviews their own work too.
  'reviews.record': (input, ctx) => {
    const unit = unitDetails(input, ctx);
    const problem = checkReview(input.kind, input.answers, input.result, input.findings, unit?.unitClass ?? null);
    if (problem) throw new CairnError('invalid_input', problem.message, problem.field);
    const checklist = CHECKLISTS[input.kind];
    // Stored in the checklist's order, each with the wording the reviewer saw.
    const answers = questionsFor(input.kind, unit?.unitClass ?? null).map((q) => {
      const given = input.answers.find((a) => a.question === q.key);
      return { question: q.key, text: q.text, answer: given?.answer ?? 'yes', note: given?.note.trim() ?? '' };
    });
    const record = ctx.project.reviews.insert({
      kind: input.kind,
      scope: input.scope,
      answers,
      result: input.result,
      findings: input.findings,
      reviewerId: ctx.user.id,
      reviewerName: ctx.user.name,
      recordedAt: ctx.now(),
      unit,
    });
    ctx.audit({
      action: 'review',
      entity: REVIEW_ENTITY,
      entityId: record.humanId,
      summary: `${record.humanId}: ${checklist.title} (${checklist.clause}) ${REVIEW_RESULT_LABELS[record.result].toLowerCase()}`,
      after: record,
    });
    return signReview(ctx, record, input.password);
  },
};
