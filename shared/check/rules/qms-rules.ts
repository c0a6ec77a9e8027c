import { listIds, type CheckRule } from '../rule';

/** A clause the quality manual leaves out while a procedure says it answers it. */
export const exclusionClaimed: CheckRule = {
  rule: 'qms-exclusion-claimed',
  severity: 'error',
  clause: 'ISO 13485 4.2.2',
  home: 'qms',
  run: (f) => {
    const out = new Map(f.qmsOutOfScope.map((s) => [s.clause, s.status]));
    return f.procedureClaims.flatMap(({ docKey, clauses }) => {
      const contradicted = clauses.filter((c) => out.has(c));
      if (contradicted.length === 0) return [];
      return [
        {
          records: [docKey, 'QM'],
          message: `${docKey} says it answers ISO 13485 ${listIds(contradicted)}, which the quality manual declares ${contradicted.map((c) => (out.get(c) === 'excluded' ? 'excluded' : 'not applicable')).every((s) => s === 'excluded') ? 'excluded' : 'not applicable'}.`,
          fix: `Either bring ${listIds(contradicted)} back into scope, or take ${listIds(contradicted)} out of ${docKey}.`,
        },
      ];
    });
  },
};
