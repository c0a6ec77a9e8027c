import { decided, refused, type Decision } from '../regulatory/problems';
import type { RiskEstimate } from './evaluate';

/** Control options in the order ISO 14971 7.1 prefers them. */
export const CONTROL_TYPES = ['inherent-safety', 'protective-measure', 'information-for-safety'] as const;
export type ControlType = (typeof CONTROL_TYPES)[number];

export const CONTROL_TYPE_LABELS: Record<ControlType, string> = {
  'inherent-safety': 'Inherent safety by design',
  'protective-measure': 'Protective measure',
  'information-for-safety': 'Information for safety',
};

/** Sorts controls the way the standard ranks the options: design first, information last. */
export function byControlPreference<T extends { type: ControlType }>(a: T, b: T): number {
  return CONTROL_TYPES.indexOf(a.type) - CONTROL_TYPES.indexOf(b.type);
}

/**
 * Whether a residual estimate may sit below the initial one, given the chain's controls.
 *
 * How we model the rule that information for safety is no further reduction (ISO 14971 7.1, EN Annex ZA):
 * only design and protective controls earn credit. A chain may show a lower residual P or S than its
 * initial estimate only when at least one such control is attached; with information for safety alone
 * (or no control) the residual must equal the initial estimate. We do not try to apportion credit
 * between controls: the team's residual estimate stands, provided something that can earn it exists.
 * A residual above the initial estimate is refused too: a control that adds risk is a new hazard
 * (7.5) and is analysed in a chain of its own.
 */
export function residualProblem(initial: RiskEstimate, residual: RiskEstimate, controls: readonly { type: ControlType }[], prefix = 'residual.'): Decision<null> {
  if (residual.p > initial.p) return refused(`${prefix}p`, `Residual P${residual.p} is above the initial P${initial.p}; record the added risk as a new hazard instead.`);
  if (residual.s > initial.s) return refused(`${prefix}s`, `Residual S${residual.s} is above the initial S${initial.s}; record the added risk as a new hazard instead.`);
  const reduced = residual.p < initial.p || residual.s < initial.s;
  if (!reduced) return decided(null);
  if (controls.some((c) => c.type !== 'information-for-safety')) return decided(null);
  const field = residual.p < initial.p ? `${prefix}p` : `${prefix}s`;
  return refused(
    field,
    controls.length === 0
      ? 'The residual risk is lower than the initial risk but the chain has no risk control; add the control that reduces it.'
      : 'Information for safety alone does not reduce the risk further: only a design or protective control can lower the residual P or S.',
  );
}
