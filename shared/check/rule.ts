import type { CheckFinding } from '../api/check-types';
import type { CheckFacts } from './facts';

/** What a rule says about one contradiction; the rule adds its ID, severity, clause and home. */
export type RuleFinding = Pick<CheckFinding, 'records' | 'message' | 'fix'>;

/** One consistency rule: a pure function of the project's facts, with the clause it protects. */
export interface CheckRule extends Pick<CheckFinding, 'rule' | 'severity' | 'clause' | 'home'> {
  run(facts: CheckFacts): RuleFinding[];
}

/** "REQ-1, REQ-2 and REQ-3". */
export function listIds(ids: readonly string[]): string {
  return ids.length > 1 ? `${ids.slice(0, -1).join(', ')} and ${ids.at(-1) ?? ''}` : (ids[0] ?? '');
}
