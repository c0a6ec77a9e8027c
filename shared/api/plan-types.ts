import type { ClauseHome, ClauseStatus, ProcessKey } from '../regulatory/clause-homes';
import type { SafetyClass } from '../regulatory/safety-class';

export interface PlanClause {
  clause: string;
  title: string;
  classes: SafetyClass[];
  applies: boolean;
  /** From the records, unless a person marked it satisfied or not applicable with a justification. */
  status: ClauseStatus;
  /** Where the status comes from: the records, or a person's mark with its justification. */
  source: 'evidence' | 'manual';
  /** The person's justification when `source` is manual; '' otherwise. */
  justification: string;
  /** What the records say, whatever the status shows: their status, the reason in words, and the records that satisfy the clause. */
  evidence: { status: 'not_started' | 'in_progress' | 'done'; reason: string; records: string[] };
  /** Why the clause is greyed out, when the class does not require it. */
  notRequiredReason: string | null;
  home: ClauseHome;
  process: ProcessKey;
  /** For clauses the development plan writes (5.1.x, 6.1): its steps' state, shown beside the status. */
  devPlan: DevPlanCoverage | null;
}

export interface DevPlanCoverage {
  steps: number;
  written: number;
  done: number;
}

export interface CompliancePlan {
  projectClass: SafetyClass;
  /** How the project class was reached, in a sentence. */
  classBasis: string;
  clauses: PlanClause[];
  progress: { process: ProcessKey; label: string; done: number; applicable: number }[];
  overall: { done: number; applicable: number };
}
