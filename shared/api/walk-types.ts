import type { SafetyClass } from '../regulatory/safety-class';

/** The stages of the walk, in the order the work is really done. */
export const WALK_STAGE_IDS = [
  'quality-system',
  'risk-plan',
  'classification',
  'development-plan',
  'requirements',
  'soup',
  'architecture',
  'detailed-design',
  'unit-verification',
  'testing',
  'release',
  'maintenance',
] as const;
export type WalkStageId = (typeof WALK_STAGE_IDS)[number];

export const WALK_STATES = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export type WalkState = (typeof WALK_STATES)[number];

/** The screens a stage's work is done on (names as the renderer's navigation knows them). */
export type WalkScreen =
  'qms' | 'product' | 'risk' | 'software' | 'dev-plan' | 'requirements' | 'soup' | 'architecture' | 'verification' | 'tests' | 'releases' | 'problems' | 'changes' | 'documents';

export interface WalkStage {
  id: WalkStageId;
  title: string;
  state: WalkState;
  /** Why the stage is in its state, in words, naming what is missing. */
  reason: string;
  /** The next concrete action, or null when the stage is done. */
  next: string | null;
  /** Where the next action is done: the stage's own screen, the Documents screen for an approval, or the earlier stage's screen when blocked. */
  screen: WalkScreen;
  /** What the project's class asks at this stage. */
  asks: string;
  /** The records and documents that show the work, named. */
  records: string[];
}

export interface WalkStatus {
  projectClass: SafetyClass;
  stages: WalkStage[];
}
