import type { DevPlanStepView } from '../../../shared/api/dev-plan-types';
import type { DevPlanStepId } from '../../../shared/dev-plan/steps';
import type { HandlerContext, Handlers } from '../context';
import { devPlanOf } from '../dev-plan/dev-plan-of';
import { CairnError } from '../errors';
import { requireAuthor } from './require-author';

type DevPlanHandlers = Pick<Handlers, 'devPlan.get' | 'devPlan.updateStep' | 'devPlan.resetStep' | 'devPlan.markDone'>;

function stepOf(ctx: HandlerContext, id: DevPlanStepId): DevPlanStepView {
  const step = devPlanOf(ctx.project).steps.find((s) => s.id === id);
  if (!step) throw new Error(`Development plan step ${id} is missing from the plan.`);
  return step;
}

/** Writes a step's text and its audit row, refusing a save that would change nothing. */
function saveText(ctx: HandlerContext, before: DevPlanStepView, text: string, how: 'edited' | 'reset'): void {
  if (text === before.text) {
    throw new CairnError(
      'invalid_input',
      how === 'reset' ? `“${before.title}” already holds Cairn’s draft.` : `“${before.title}” already says exactly that.`,
      how === 'reset' ? 'stepId' : 'text',
    );
  }
  ctx.project.devPlan.saveText(before.id, text, text === before.draft, ctx.now(), ctx.user.id);
  const what = how === 'reset' ? 'reset to Cairn’s draft' : text === '' ? 'cleared' : 'edited';
  ctx.audit({
    action: how === 'reset' ? 'reset' : 'update',
    entity: 'dev_plan_step',
    entityId: before.id,
    summary: `Development plan ${before.reference} ${before.title} ${what} (revision ${before.revision + 1})`,
    before: { text: before.text, done: before.done },
    after: { text, done: text === '' ? false : before.done },
  });
}

export const devPlanHandlers: DevPlanHandlers = {
  'devPlan.get': (_input, ctx) => devPlanOf(ctx.project),

  'devPlan.updateStep': (input, ctx) => {
    requireAuthor(ctx, 'write the development plan');
    saveText(ctx, stepOf(ctx, input.stepId), input.text, 'edited');
    return devPlanOf(ctx.project);
  },

  'devPlan.resetStep': (input, ctx) => {
    requireAuthor(ctx, 'write the development plan');
    const before = stepOf(ctx, input.stepId);
    saveText(ctx, before, before.draft, 'reset');
    return devPlanOf(ctx.project);
  },

  'devPlan.markDone': (input, ctx) => {
    requireAuthor(ctx, 'mark development plan steps done');
    const plan = devPlanOf(ctx.project);
    const steps = [...new Set(input.stepIds)].map((id) => plan.steps.find((s) => s.id === id)).filter((s): s is DevPlanStepView => s !== undefined);
    // Validate every step before the first write, so a refusal changes nothing.
    const empty = steps.find((s) => s.state === 'empty');
    if (input.done && empty) throw new CairnError('invalid_input', `“${empty.title}” has no text yet: write it (or start from Cairn’s draft) before marking it done.`, 'stepIds');
    const changing = steps.filter((s) => s.done !== input.done);
    if (changing.length === 0) throw new CairnError('invalid_input', `Every step named is already ${input.done ? 'done' : 'not done'}.`, 'stepIds');
    for (const step of changing) {
      ctx.project.devPlan.setDone(step.id, input.done);
      ctx.audit({
        action: 'update',
        entity: 'dev_plan_step',
        entityId: step.id,
        summary: `Development plan ${step.reference} ${step.title} marked ${input.done ? 'done' : 'not done'}`,
        before: { done: step.done },
        after: { done: input.done },
      });
    }
    return devPlanOf(ctx.project);
  },
};
