import type { WalkStage, WalkStageId, WalkStatus } from '../api/walk-types';
import type { WalkEvidence } from './evidence';
import { LATE_STAGES } from './late-stage-rules';
import { EARLY_STAGES } from './stage-rules';

/** The whole walk, in the order the work is really done. */
export const STAGE_RULES = [...EARLY_STAGES, ...LATE_STAGES];

/**
 * Each stage's state from the records. A stage with nothing of its own whose earlier stages are not done
 * is blocked, and says which one it waits for; a stage that has started stays in progress even so, since
 * work done early is still work done. "Done" comes only from a stage's own evidence.
 */
export function walkStages(e: WalkEvidence): WalkStatus {
  const stages = new Map<WalkStageId, WalkStage>();
  for (const rule of STAGE_RULES) {
    const own = rule.assess(e);
    const waitingFor = rule.after.map((id) => stages.get(id)).find((s) => s !== undefined && s.state !== 'done');
    const stage: WalkStage = { id: rule.id, title: rule.title, asks: rule.asks(e), ...own, screen: own.screen ?? rule.screen };
    stages.set(
      rule.id,
      own.state === 'not_started' && waitingFor
        ? {
            ...stage,
            state: 'blocked',
            screen: waitingFor.screen,
            reason: waitingFor.state === 'blocked' ? waitingFor.reason : `Waits for ${waitingFor.title}: ${waitingFor.reason}`,
            next: waitingFor.state === 'blocked' ? waitingFor.next : `${waitingFor.title} first: ${waitingFor.next ?? ''}`,
          }
        : stage,
    );
  }
  return { projectClass: e.projectClass, stages: [...stages.values()] };
}

/** The stage to work on now: the first that is neither done nor blocked. */
export function currentStage(status: WalkStatus): WalkStage | null {
  return status.stages.find((s) => s.state === 'in_progress' || s.state === 'not_started') ?? null;
}
