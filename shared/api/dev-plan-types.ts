import type { DevPlanStepId } from '../dev-plan/steps';
import type { SafetyClass } from '../regulatory/safety-class';

/**
 * Where a step's text stands: nothing written yet, Cairn's draft as it would be written now, Cairn's
 * draft written earlier from facts that have since changed, or the team's own words.
 */
export type StepTextState = 'empty' | 'generated' | 'generated-outdated' | 'edited';

export interface DevPlanStepView {
  id: DevPlanStepId;
  clause: string;
  reference: string;
  title: string;
  reviewerLooksFor: string;
  /** Table A.1 classes that ask for the step. */
  classes: SafetyClass[];
  required: boolean;
  text: string;
  state: StepTextState;
  /** Required by the project's class and still empty. */
  missing: boolean;
  done: boolean;
  /** Cairn's starting text from today's facts: what "reset" writes. */
  draft: string;
  revision: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface DevPlanView {
  projectClass: SafetyClass;
  classBasis: string;
  steps: DevPlanStepView[];
  progress: { required: number; requiredDone: number; missing: number; written: number };
}
