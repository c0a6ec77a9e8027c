import { ISO_13485_CLAUSES } from './clauses';
import type { ProcedureDef } from './procedure-types';
import type { ScopeDecision, ScopeStatus } from './scope';

/**
 * How well a clause is answered: an approved document answers it; a document exists but none is
 * approved yet; nothing answers it (a gap); or it is outside the QMS's scope.
 */
export type CoverageState = 'approved' | 'documented' | 'gap' | 'out_of_scope';

export interface ClauseCoverage {
  clause: string;
  title: string;
  status: ScopeStatus;
  justification: string;
  /** The procedures whose sections answer the clause, with the headings of those sections. */
  answeredBy: { key: string; title: string; sections: string[]; exists: boolean; approved: boolean }[];
  coverage: CoverageState;
}

export interface CoverageSummary {
  inScope: number;
  documented: number;
  approved: number;
  gaps: number;
}

/** A procedure document as it stands in the project: created or not, approved or not. */
export interface ProcedureDocState {
  exists: boolean;
  approved: boolean;
}

/**
 * Maps every tracked clause to the procedures that answer it and says whether it is covered. `docs`
 * gives the state of each procedure's document by key; a procedure with no entry has no document yet.
 */
export function computeCoverage(
  procedures: readonly ProcedureDef[],
  outOfScope: readonly ScopeDecision[],
  docs: ReadonlyMap<string, ProcedureDocState>,
): { clauses: ClauseCoverage[]; summary: CoverageSummary } {
  const clauses = ISO_13485_CLAUSES.map(({ clause, title }): ClauseCoverage => {
    const decision = outOfScope.find((d) => d.clause === clause);
    const answeredBy = procedures
      .map((p) => ({ p, sections: p.sections.filter((s) => s.clauses.includes(clause)).map((s) => s.heading) }))
      .filter(({ sections }) => sections.length > 0)
      .map(({ p, sections }) => ({ key: p.key, title: p.title, sections, exists: docs.get(p.key)?.exists ?? false, approved: docs.get(p.key)?.approved ?? false }));
    const coverage: CoverageState = decision ? 'out_of_scope' : answeredBy.some((a) => a.approved) ? 'approved' : answeredBy.some((a) => a.exists) ? 'documented' : 'gap';
    return { clause, title, status: decision?.status ?? 'applies', justification: decision?.justification ?? '', answeredBy, coverage };
  });
  const inScope = clauses.filter((c) => c.coverage !== 'out_of_scope');
  return {
    clauses,
    summary: {
      inScope: inScope.length,
      documented: inScope.filter((c) => c.coverage !== 'gap').length,
      approved: inScope.filter((c) => c.coverage === 'approved').length,
      gaps: inScope.filter((c) => c.coverage === 'gap').length,
    },
  };
}

/** Whole percent, rounding down so 100 % means every clause. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.floor((part / whole) * 100);
}
