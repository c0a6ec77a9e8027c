import { combinationFromRanges } from './combine';
import type { Acceptability, ProbabilityLevel, ProbabilityScaleKey, RiskScales, SeverityLevel } from './scales';

// How the plan's scale editor changes one scale without leaving the rest inconsistent: the
// acceptability matrix follows the P and S scales, and the P1 × P2 table follows the ranges.

export type ScaleKey = 'severity' | ProbabilityScaleKey;

/** A name not yet used on the scale (names are compared without case, as validateScales does). */
function freshName(levels: readonly { name: string }[], n: number): string {
  const taken = new Set(levels.map((l) => l.name.trim().toLowerCase()));
  let k = n;
  while (taken.has(`level ${k}`)) k += 1;
  return `Level ${k}`;
}

/** A lower bound above the current top level's and below 1: ten times higher while that fits, else halfway to 1. */
function nextMin(levels: readonly ProbabilityLevel[]): number {
  const top = levels.at(-1)?.min ?? 0;
  if (top === 0) return 1e-6;
  return top * 10 < 1 ? top * 10 : (top + 1) / 2;
}

/**
 * Grows a matrix by repeating its last row and each row's last cell, or cuts it. Repeating the edge keeps
 * it valid: a copied column is never more lenient than the one before it, nor a copied row than the row below.
 */
function resizeGrid(grid: readonly Acceptability[][], rows: number, cols: number): Acceptability[][] {
  const fit = (row: readonly Acceptability[]) => Array.from({ length: cols }, (_, j) => row[Math.min(j, row.length - 1)] ?? 'unacceptable');
  return Array.from({ length: rows }, (_, i) => fit(grid[Math.min(i, grid.length - 1)] ?? []));
}

const mins = (levels: readonly ProbabilityLevel[]) => levels.map((l) => l.min).join(',');

/**
 * The scales with `key`'s levels replaced. The matrix is resized to the new P × S; the P1 × P2 table is
 * suggested again from the ranges only when a probability scale's ranges or size changed, so a table the
 * team tuned by hand survives renaming a level.
 */
export function withLevels(scales: RiskScales, key: ScaleKey, levels: SeverityLevel[] | ProbabilityLevel[]): RiskScales {
  const next = { ...scales, [key]: levels } as RiskScales;
  next.acceptability = resizeGrid(scales.acceptability, next.probability.length, next.severity.length);
  if (key !== 'severity' && mins(scales[key]) !== mins(next[key])) next.combination = combinationFromRanges(next.p1, next.p2, next.probability);
  return next;
}

/** The scales with `key` cut or grown to `count` levels; new levels get a placeholder name to replace. */
export function resizeScale(scales: RiskScales, key: ScaleKey, count: number): RiskScales {
  if (key === 'severity') {
    const levels = scales.severity.slice(0, count);
    while (levels.length < count) {
      const top = levels.at(-1);
      levels.push({ name: freshName(levels, levels.length + 1), definition: '', harm: top?.harm ?? 'death' });
    }
    return withLevels(scales, key, levels);
  }
  const levels = scales[key].slice(0, count);
  while (levels.length < count) levels.push({ name: freshName(levels, levels.length + 1), definition: '', min: nextMin(levels) });
  return withLevels(scales, key, levels);
}
