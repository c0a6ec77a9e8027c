import type { HarmLevel, SeverityLevel } from '../risk/scales';
import type { WorstHarm } from './classification';

/** The worst harm the risk file records for a hazardous situation, shown beside the worst-harm question. */
export interface SeverityHint {
  /** Severity level number on the plan's scale (1 = least severe). */
  level: number;
  levelName: string;
  harm: HarmLevel;
  harmHumanId: string;
  harmName: string;
  chainHumanId: string;
}

export interface ChainSeverity {
  humanId: string;
  situationId: number;
  /** Initial severity: for classification software failure is taken as certain, so nothing inside it is credited. */
  s: number;
  harm: { humanId: string; name: string };
}

/** The 62304 answer a severity level's harm maps to. */
export const WORST_HARM_OF: Record<HarmLevel, WorstHarm> = {
  none: 'none',
  'non-serious': 'non-serious-injury',
  serious: 'serious-injury',
  death: 'death',
};

/** Per situation, the chain with the highest initial severity (the first such chain on a tie). */
export function worstSeverityBySituation(chains: readonly ChainSeverity[], severity: readonly SeverityLevel[]): Map<number, SeverityHint> {
  const worst = new Map<number, SeverityHint>();
  for (const chain of chains) {
    const level = severity[chain.s - 1];
    if (!level) continue;
    const current = worst.get(chain.situationId);
    if (current && current.level >= chain.s) continue;
    worst.set(chain.situationId, {
      level: chain.s,
      levelName: level.name,
      harm: level.harm,
      harmHumanId: chain.harm.humanId,
      harmName: chain.harm.name,
      chainHumanId: chain.humanId,
    });
  }
  return worst;
}

/** The worst of several hints, or null when none of the picked situations has a chain. */
export function worstOf(hints: readonly (SeverityHint | null | undefined)[]): SeverityHint | null {
  let worst: SeverityHint | null = null;
  for (const hint of hints) if (hint && (!worst || hint.level > worst.level)) worst = hint;
  return worst;
}
