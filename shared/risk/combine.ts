import type { ProbabilityLevel } from './scales';

/** The exclusive upper end of a level's range: the next level's lower bound, or 1 for the top level. */
function upperOf(levels: readonly ProbabilityLevel[], index: number): number {
  return levels[index + 1]?.min ?? 1;
}

/** The P level whose range holds values just below `x`: the highest level starting strictly below it. */
function levelBelow(levels: readonly ProbabilityLevel[], x: number): number {
  let level = 1;
  levels.forEach((l, i) => {
    if (l.min < x) level = i + 1;
  });
  return level;
}

/**
 * A P1 × P2 → P table suggested from the ranges: each pair lands where the product of the two upper
 * ends falls. Using upper ends keeps the estimate on the cautious side; teams may edit cells after.
 */
export function combinationFromRanges(p1: readonly ProbabilityLevel[], p2: readonly ProbabilityLevel[], p: readonly ProbabilityLevel[]): number[][] {
  return p1.map((_a, i) => p2.map((_b, j) => levelBelow(p, upperOf(p1, i) * upperOf(p2, j))));
}
