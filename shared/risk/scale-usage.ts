import { decided, refused, type Decision } from '../regulatory/problems';
import type { RiskInput } from './evaluate';
import type { RiskScales } from './scales';

/** The P and S values a chain holds, before and after its controls. */
export interface ChainValues {
  humanId: string;
  initial: RiskInput;
  residual: RiskInput | null;
}

type ValueKey = 'p1' | 'p2' | 'p' | 's';

const SCALE_OF: { value: ValueKey; scale: 'p1' | 'p2' | 'probability' | 'severity'; label: string }[] = [
  { value: 's', scale: 'severity', label: 'Severity' },
  { value: 'p', scale: 'probability', label: 'Probability' },
  { value: 'p1', scale: 'p1', label: 'P1' },
  { value: 'p2', scale: 'p2', label: 'P2' },
];

/** "RISK-2 (initial and residual), RISK-7 (residual)". */
function whereUsed(uses: Map<string, string[]>): string {
  return [...uses].map(([id, stages]) => `${id} (${stages.join(' and ')})`).join(', ');
}

function stagesOf(chain: ChainValues): [string, RiskInput][] {
  return chain.residual
    ? [
        ['initial', chain.initial],
        ['residual', chain.residual],
      ]
    : [['initial', chain.initial]];
}

/**
 * Whether the scales can change to `next` without orphaning a value a chain holds: a level beyond the
 * new size that some chain uses, or a switch between P and P1 × P2 while chains hold the other form.
 * The message says which chains, and whether the initial or the residual estimate, so they can be fixed.
 */
export function scaleEditProblem(next: RiskScales, chains: readonly ChainValues[]): Decision<null> {
  for (const { value, scale, label } of SCALE_OF) {
    const size = next[scale].length;
    const byLevel = new Map<number, Map<string, string[]>>();
    for (const chain of chains) {
      for (const [stage, values] of stagesOf(chain)) {
        const v = values[value];
        if (v === null || v === undefined || v <= size) continue;
        const uses = byLevel.get(v) ?? new Map<string, string[]>();
        uses.set(chain.humanId, [...(uses.get(chain.humanId) ?? []), stage]);
        byLevel.set(v, uses);
      }
    }
    const [level, uses] = [...byLevel].sort((a, b) => a[0] - b[0])[0] ?? [];
    if (level !== undefined && uses) {
      return refused(scale, `${label} level ${level} is in use by ${whereUsed(uses)}; change those estimates before removing the level.`);
    }
  }
  const otherForm: ValueKey[] = next.probabilityMode === 'single' ? ['p1', 'p2'] : ['p'];
  const uses = new Map<string, string[]>();
  for (const chain of chains) {
    for (const [stage, values] of stagesOf(chain)) {
      if (otherForm.some((k) => values[k] !== null && values[k] !== undefined)) uses.set(chain.humanId, [...(uses.get(chain.humanId) ?? []), stage]);
    }
  }
  if (uses.size > 0) {
    const held = next.probabilityMode === 'single' ? 'P1 × P2' : 'a single P';
    return refused(
      'probabilityMode',
      `${whereUsed(uses)} ${uses.size === 1 ? 'holds' : 'hold'} ${held}; re-estimate ${uses.size === 1 ? 'it' : 'them'} before switching how probability is estimated.`,
    );
  }
  return decided(null);
}
