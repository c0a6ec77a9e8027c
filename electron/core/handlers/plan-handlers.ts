import type { Handlers } from '../context';
import { CairnError } from '../errors';
import { compliancePlan } from '../plan/compliance-plan';
import { requireAuthor } from './require-author';

type PlanHandlers = Pick<Handlers, 'plan.get' | 'plan.setStatus'>;

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
};
