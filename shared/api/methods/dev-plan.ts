import { z } from 'zod';
import { DEV_PLAN_STEP_IDS } from '../../dev-plan/steps';
import { LIMITS } from '../../domain/limits';
import type { DevPlanView } from '../dev-plan-types';
import { field, method } from '../method';

const stepId = z.enum(DEV_PLAN_STEP_IDS);

/** The software development plan wizard (IEC 62304 5.1 and the maintenance plan of 6.1). */
export const devPlanMethods = {
  'devPlan.get': method<DevPlanView>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: "The development plan's steps for the project's class: text, required or optional, Cairn's draft or the team's words, who and when.",
  }),
  'devPlan.updateStep': method<DevPlanView>()({
    input: z.strictObject({
      stepId,
      // Trailing spaces are trimmed so a stray newline is not a new revision; empty text clears the step.
      text: z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`),
    }),
    kind: 'mutation',
    access: 'user',
    doc: "Saves a step's text as its next revision (authors and owners); empty text clears it.",
  }),
  'devPlan.resetStep': method<DevPlanView>()({
    input: z.strictObject({ stepId }),
    kind: 'mutation',
    access: 'user',
    doc: "Replaces a step's text with Cairn's draft written from today's product profile, class and team.",
  }),
  'devPlan.markDone': method<DevPlanView>()({
    input: z.strictObject({ stepIds: z.array(stepId).min(1, 'Name at least one step.').max(DEV_PLAN_STEP_IDS.length), done: z.boolean() }),
    kind: 'mutation',
    access: 'user',
    doc: 'Marks written steps done (or not done again); a step with no text cannot be done.',
  }),
} as const;
