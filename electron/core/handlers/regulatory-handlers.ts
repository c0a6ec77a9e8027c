import type { AssessmentView } from '../../../shared/api/regulatory-types';
import { fdaDocumentationLevel, type FdaResult } from '../../../shared/regulatory/fda-level';
import { decideMdrClass, mdrClassWords, type MdrResult } from '../../../shared/regulatory/mdr-class';
import type { HandlerContext, Handlers } from '../context';
import { CairnError } from '../errors';
import { requireAuthor } from './require-author';

type RegulatoryHandlers = Pick<Handlers, 'regulatory.assessMdr' | 'regulatory.assessFda' | 'regulatory.assessments'>;

function views<R>(ctx: HandlerContext, kind: 'mdr' | 'fda'): AssessmentView<R>[] {
  return ctx.project.regulatory.assessments(kind).map((a) => ({ ...a, result: a.result as R, decidedBy: ctx.project.users.byId(a.decidedBy)?.name ?? `user ${a.decidedBy}` }));
}

function latest<R>(ctx: HandlerContext, kind: 'mdr' | 'fda'): AssessmentView<R> {
  const [first] = views<R>(ctx, kind);
  if (!first) throw new Error(`The ${kind} assessment just recorded is missing.`);
  return first;
}

export const regulatoryHandlers: RegulatoryHandlers = {
  'regulatory.assessMdr': (input, ctx) => {
    requireAuthor(ctx, 'record a regulatory assessment');
    const decision = decideMdrClass(input.answers);
    if (!decision.ok) throw new CairnError('invalid_input', decision.problem.message, `answers.${decision.problem.field ?? ''}`);
    ctx.project.regulatory.insertAssessment('mdr', input.answers, decision.value, ctx.now(), ctx.user.id);
    ctx.audit({
      action: 'assess',
      entity: 'regulatory_assessment',
      entityId: 'mdr',
      summary: `EU MDR class assessed: ${mdrClassWords(decision.value.class)} (${decision.value.rules.join(', ') || 'no rule'})`,
      after: { answers: input.answers, class: decision.value.class },
    });
    return latest<MdrResult>(ctx, 'mdr');
  },

  'regulatory.assessFda': (input, ctx) => {
    requireAuthor(ctx, 'record a regulatory assessment');
    const result = fdaDocumentationLevel(input.answers);
    ctx.project.regulatory.insertAssessment('fda', input.answers, result, ctx.now(), ctx.user.id);
    ctx.audit({
      action: 'assess',
      entity: 'regulatory_assessment',
      entityId: 'fda',
      summary: `FDA documentation level assessed: ${result.level}`,
      after: { answers: input.answers, level: result.level },
    });
    return latest<FdaResult>(ctx, 'fda');
  },

  'regulatory.assessments': (_input, ctx) => ({ mdr: views<MdrResult>(ctx, 'mdr'), fda: views<FdaResult>(ctx, 'fda') }),
};
