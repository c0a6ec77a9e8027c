import { ANNEX_A_TABLE } from './annex-a-table';
import type { SafetyClass } from './safety-class';

/** One Table A.1 row as the applicability rule reports it. */
export interface ClauseApplicability {
  clause: string;
  title: string;
  /** Every class the sub-clause applies to, for showing the whole row. */
  classes: SafetyClass[];
  /** Whether it applies to the class asked about. */
  applies: boolean;
}

/**
 * Orders clause numbers part by part as numbers, so 5.1.10 follows 5.1.9 and 6.1 precedes 6.2.1.1;
 * a plain string sort would put 5.1.10 before 5.1.2.
 */
export function compareClauses(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    // A missing part counts as -1 so a parent clause (6.1) sorts before its children (6.1.1).
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Every active sub-clause from 5.1.1 to 9.8, in clause order, marked with whether it applies to the
 * given class. Sub-clauses deleted by Amendment 1 are left out: nothing can be done to satisfy them.
 */
export function annexAApplicability(safetyClass: SafetyClass): ClauseApplicability[] {
  return ANNEX_A_TABLE.filter((row) => row.status === 'active')
    .map((row) => ({ clause: row.clause, title: row.title, classes: [...row.classes], applies: row.classes.includes(safetyClass) }))
    .sort((a, b) => compareClauses(a.clause, b.clause));
}
