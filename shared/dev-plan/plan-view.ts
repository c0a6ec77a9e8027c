import type { DevPlanStepView, DevPlanView, StepTextState } from '../api/dev-plan-types';
import type { DevPlanCoverage } from '../api/plan-types';
import type { PlanFacts } from './plan-facts';
import { DEV_PLAN_STEPS, stepClasses, stepRequired, type DevPlanStepDef, type DevPlanStepId } from './steps';

/** A step as saved: its text, whether it was Cairn's draft when saved, and who saved it last. */
export interface SavedStep {
  text: string;
  generated: boolean;
  done: boolean;
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

function stateOf(saved: SavedStep | undefined, draft: string): StepTextState {
  if (!saved || saved.text.trim() === '') return 'empty';
  if (saved.text === draft) return 'generated';
  return saved.generated ? 'generated-outdated' : 'edited';
}

function stepView(step: DevPlanStepDef, saved: SavedStep | undefined, facts: PlanFacts): DevPlanStepView {
  const draft = step.draft(facts);
  const required = stepRequired(step, facts.projectClass);
  const state = stateOf(saved, draft);
  return {
    id: step.id,
    clause: step.clause,
    reference: step.reference,
    title: step.title,
    reviewerLooksFor: step.reviewerLooksFor,
    classes: [...stepClasses(step)],
    required,
    text: saved?.text ?? '',
    state,
    missing: required && state === 'empty',
    done: saved?.done ?? false,
    draft,
    revision: saved?.revision ?? 0,
    updatedAt: saved?.updatedAt ?? null,
    updatedBy: saved?.updatedBy ?? null,
  };
}

/** Every step of the plan for the project's class, with its saved text and the draft Cairn would write now. */
export function devPlanView(saved: ReadonlyMap<DevPlanStepId, SavedStep>, facts: PlanFacts, classBasis: string): DevPlanView {
  const steps = DEV_PLAN_STEPS.map((step) => stepView(step, saved.get(step.id), facts));
  const required = steps.filter((s) => s.required);
  return {
    projectClass: facts.projectClass,
    classBasis,
    steps,
    progress: {
      required: required.length,
      requiredDone: required.filter((s) => s.done).length,
      missing: required.filter((s) => s.missing).length,
      written: steps.filter((s) => s.state !== 'empty').length,
    },
  };
}

/**
 * How far the plan's steps for each clause have got, for the compliance plan to show beside the team's
 * own status of 5.1.x and 6.1. It informs; it never sets a status.
 */
export function devPlanCoverage(steps: readonly DevPlanStepView[]): Map<string, DevPlanCoverage> {
  const coverage = new Map<string, DevPlanCoverage>();
  for (const step of steps) {
    const seen = coverage.get(step.clause) ?? { steps: 0, written: 0, done: 0 };
    coverage.set(step.clause, {
      steps: seen.steps + 1,
      written: seen.written + (step.state === 'empty' ? 0 : 1),
      done: seen.done + (step.done ? 1 : 0),
    });
  }
  return coverage;
}
