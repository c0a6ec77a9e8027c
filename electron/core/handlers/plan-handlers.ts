import type { AssessmentView } from '../../../shared/api/product-types';
import { fdaDocumentationLevel, type FdaResult } from '../../../shared/regulatory/fda-level';
import { decideMdrClass, mdrClassWords, type MdrResult } from '../../../shared/regulatory/mdr-class';
import type { HandlerContext, Handlers } from '../context';
import { CairnError } from '../errors';
import { compliancePlan } from '../product/compliance-plan';
import { requireAuthor } from './require-author';

type PlanHandlers = Pick<Handlers, 'plan.get' | 'plan.setStatus' | 'regulatory.assessMdr' | 'regulatory.assessFda' | 'regulatory.assessments'>;

function views<R>(ctx: HandlerContext, kind: 'mdr' | 'fda'): AssessmentView<R>[] {
  return ctx.project.plan.assessments(kind).map((a) => ({ ...a, result: a.result as R, decidedBy: ctx.project.users.byId(a.decidedBy)?.name ?? `user ${a.decidedBy}` }));
}

function latest<R>(ctx: HandlerContext, kind: 'mdr' | 'fda'): AssessmentView<R> {
  const [first] = views<R>(ctx, kind);
  if (!first) throw new Error(`The ${kind} assessment just recorded is missing.`);
  return first;
}

export const planHandlers: PlanHandlers = {
  'plan.get': (_input, ctx) => compliancePlan(ctx.project),

  'plan.setStatus': (input, ctx) => {
    requireAuthor(ctx, 'update the compliance plan');
    const clause = compliancePlan(ctx.project).clauses.find((c) => c.clause === input.clause);
    if (!clause) throw new CairnError('not_found', `There is no active IEC 62304 clause ${input.clause} between 5.1.1 and 9.8.`, 'clause');
    if (input.status === 'not_applicable' && input.justification === '') {
      throw new CairnError('invalid_input', 'Say why this clause does not apply to this product: a reviewer will ask.', 'justification');
    }
    // Done is read from the records; a person who marks a clause satisfied says what shows it.
    if (input.status === 'done' && input.justification === '') {
      throw new CairnError('invalid_input', 'Say what shows this clause is satisfied: Cairn marks it done by itself once its records hold.', 'justification');
    }
    ctx.project.plan.setStatus({ clause: clause.clause, status: input.status, justification: input.justification, updatedAt: ctx.now(), updatedBy: ctx.user.id });
    ctx.audit({
      action: 'update',
      entity: 'clause_status',
      entityId: clause.clause,
      summary: `Clause ${clause.clause} ${clause.title}: ${clause.status.replace('_', ' ')} → ${input.status.replace('_', ' ')}${input.status === 'done' || input.status === 'not_applicable' ? ' (marked by hand)' : ' (from the records)'}`,
      before: { status: clause.status, justification: clause.justification },
      after: { status: input.status, justification: input.justification },
    });
    return compliancePlan(ctx.project);
  },

  'regulatory.assessMdr': (input, ctx) => {
    requireAuthor(ctx, 'record a regulatory assessment');
    const decision = decideMdrClass(input.answers);
    if (!decision.ok) throw new CairnError('invalid_input', decision.problem.message, `answers.${decision.problem.field ?? ''}`);
    ctx.project.plan.insertAssessment('mdr', input.answers, decision.value, ctx.now(), ctx.user.id);
    ctx.audit({ action: 'assess', entity: 'regulatory_assessment', entityId: 'mdr', summary: `EU MDR class assessed: ${mdrClassWords(decision.value.class)} (${decision.value.rules.join(', ') || 'no rule'})`, after: { answers: input.answers, class: decision.value.class } });
    return latest<MdrResult>(ctx, 'mdr');
  },

  'regulatory.assessFda': (input, ctx) => {
    requireAuthor(ctx, 'record a regulatory assessment');
    const result = fdaDocumentationLevel(input.answers);
    ctx.project.plan.insertAssessment('fda', input.answers, result, ctx.now(), ctx.user.id);
    ctx.audit({ action: 'assess', entity: 'regulatory_assessment', entityId: 'fda', summary: `FDA documentation level assessed: ${result.level}`, after: { answers: input.answers, level: result.level } });
    return latest<FdaResult>(ctx, 'fda');
  },

  'regulatory.assessments': (_input, ctx) => ({ mdr: views<MdrResult>(ctx, 'mdr'), fda: views<FdaResult>(ctx, 'fda') }),
};
