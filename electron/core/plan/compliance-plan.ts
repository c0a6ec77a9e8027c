import type { CompliancePlan, PlanClause } from '../../../shared/api/plan-types';
import { annexAApplicability } from '../../../shared/regulatory/annex-a';
import { clauseHome, PROCESSES, type ProcessKey } from '../../../shared/regulatory/clause-homes';
import { devPlanCoverage } from '../../../shared/dev-plan/plan-view';
import { clauseEvidence, riskAnalysis } from '../../../shared/walk/clause-evidence';
import { walkStages } from '../../../shared/walk/stages';
import { devPlanOf } from '../dev-plan/dev-plan-of';
import type { OpenProject } from '../projects/open-project';
import { walkEvidence } from '../walk/walk-evidence';
import { softwareTree, projectClass } from '../software/software-tree';

const processOf = (clause: string) => clause.split('.')[0] as ProcessKey;

/**
 * Every clause 5.1.1–9.8 for the project's class. Its status comes from the records that satisfy it; a
 * person's mark counts only as "satisfied" or "not applicable" with a justification, and is shown as such.
 */
export function compliancePlan(project: OpenProject): CompliancePlan {
  const { projectClass: cls, classBasis } = projectClass(softwareTree(project.software));
  const statuses = project.plan.statuses();
  const sdp = devPlanCoverage(devPlanOf(project).steps);
  const evidence = walkEvidence(project);
  const walk = walkStages(evidence);
  const risk = riskAnalysis(evidence);
  const clauses: PlanClause[] = annexAApplicability(cls).map((row) => {
    const saved = statuses.get(row.clause);
    const derived = clauseEvidence(row.clause, walk, risk);
    const manual = saved && (saved.status === 'done' || saved.status === 'not_applicable') && saved.justification !== '' ? saved : null;
    return {
      clause: row.clause,
      title: row.title,
      classes: row.classes,
      applies: row.applies,
      status: manual?.status ?? derived.status,
      source: manual ? 'manual' : 'evidence',
      justification: manual?.justification ?? '',
      evidence: derived,
      notRequiredReason: row.applies ? null : `Not required for class ${cls}: Table A.1 asks for it in class ${row.classes.join(', ')} only.`,
      home: clauseHome(row.clause),
      process: processOf(row.clause),
      devPlan: sdp.get(row.clause) ?? null,
    };
  });
  // A clause counts as handled when done, or when justified as not applicable to this product.
  const handled = (c: PlanClause) => c.applies && (c.status === 'done' || c.status === 'not_applicable');
  const progress = PROCESSES.map(({ key, label }) => {
    const mine = clauses.filter((c) => c.process === key);
    return { process: key, label, done: mine.filter(handled).length, applicable: mine.filter((c) => c.applies).length };
  });
  return {
    projectClass: cls,
    classBasis,
    clauses,
    progress,
    overall: { done: clauses.filter(handled).length, applicable: clauses.filter((c) => c.applies).length },
  };
}
