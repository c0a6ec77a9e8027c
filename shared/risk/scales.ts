/**
 * The risk management plan's scales (ISO 14971 4.4 d, 5.5): severity, probability — either one P or
 * P1 × P2 combined through a table — and the acceptability matrix over P × S. Levels are numbered
 * from 1 (least severe, least likely) upwards; records store those numbers, never names, so renaming
 * a level never touches a chain, while removing one that is in use is refused (see scale-usage.ts).
 */

/** The IEC 62304 4.3 harm levels a severity level maps to, least to worst. */
export const HARM_LEVELS = ['none', 'non-serious', 'serious', 'death'] as const;
export type HarmLevel = (typeof HARM_LEVELS)[number];

export const HARM_LEVEL_LABELS: Record<HarmLevel, string> = {
  none: 'No injury',
  'non-serious': 'Non-serious injury',
  serious: 'Serious injury',
  death: 'Death',
};

export const SCALE_MIN_LEVELS = 3;
export const SCALE_MAX_LEVELS = 6;

export const ACCEPTABILITY = ['acceptable', 'unacceptable'] as const;
export type Acceptability = (typeof ACCEPTABILITY)[number];

/** How probability is estimated: one P, or P1 (situation occurs) × P2 (situation leads to harm). */
export const PROBABILITY_MODES = ['single', 'p1p2'] as const;
export type ProbabilityMode = (typeof PROBABILITY_MODES)[number];

export interface SeverityLevel {
  name: string;
  definition: string;
  harm: HarmLevel;
}

export interface ProbabilityLevel {
  name: string;
  definition: string;
  /** Lower bound of the level's range (inclusive); the level runs up to the next level's bound. 0 for the lowest. */
  min: number;
}

export interface RiskScales {
  /** What a probability is counted per ("per use", "per device-year"): ranges mean nothing without it. */
  probabilityUnit: string;
  probabilityMode: ProbabilityMode;
  severity: SeverityLevel[];
  /** The scale of P, the probability of harm; the matrix's rows. */
  probability: ProbabilityLevel[];
  /** P1: the hazardous situation occurs. Kept in both modes so switching mode loses nothing. */
  p1: ProbabilityLevel[];
  /** P2: the hazardous situation leads to harm. */
  p2: ProbabilityLevel[];
  /** combination[p1 - 1][p2 - 1] is the P level of that pair. */
  combination: number[][];
  /** acceptability[p - 1][s - 1]. */
  acceptability: Acceptability[][];
}

/** The three probability scales, with the words messages use for each. */
export const PROBABILITY_SCALES = [
  { key: 'probability', label: 'P' },
  { key: 'p1', label: 'P1' },
  { key: 'p2', label: 'P2' },
] as const;
export type ProbabilityScaleKey = (typeof PROBABILITY_SCALES)[number]['key'];

/** A probability level's range in words, from its lower bound and the next level's. */
export function rangeText(levels: readonly ProbabilityLevel[], index: number): string {
  const level = levels[index];
  if (!level) return '';
  const next = levels[index + 1];
  const fmt = (n: number) => (n === 0 ? '0' : n.toExponential());
  if (!next) return `≥ ${fmt(level.min)}`;
  if (level.min === 0) return `< ${fmt(next.min)}`;
  return `${fmt(level.min)} … ${fmt(next.min)}`;
}
