import type { Criticality, ProblemType, TrendMonth } from '../changes/problem-trend';
import type { ProblemDecision, ProblemStatus } from '../changes/problem-status';

export const PROBLEM_SOURCES = ['test', 'internal', 'customer', 'post-market', 'audit', 'other'] as const;
export type ProblemSource = (typeof PROBLEM_SOURCES)[number];

export const PROBLEM_SOURCE_LABELS: Record<ProblemSource, string> = {
  test: 'Found in testing',
  internal: 'Internal finding',
  customer: 'Customer complaint',
  'post-market': 'Post-market surveillance',
  audit: 'Audit',
  other: 'Other',
};

/** A problem report (IEC 62304 clause 9, 6.2.1) as stored. */
export interface ProblemRecord {
  id: number;
  humanId: string;
  title: string;
  description: string;
  source: ProblemSource;
  foundInVersion: string;
  environment: string;
  stepsToReproduce: string;
  expected: string;
  actual: string;
  type: ProblemType;
  scope: string;
  criticality: Criticality;
  /** Null until evaluated against the risk file (9.2). */
  affectsSafety: boolean | null;
  safetyEvaluation: string;
  investigation: string;
  rootCause: string;
  partiesAdvised: string;
  decision: ProblemDecision;
  decisionRationale: string;
  fixVerification: string;
  anomalyEvaluation: string;
  userMitigation: string;
  status: ProblemStatus;
  testResultId: number | null;
  reportedBy: number;
  reportedAt: string;
  closedAt: string | null;
  closedBy: number | null;
  updatedAt: string;
}

/** A risk chain the problem was evaluated against. */
export interface ProblemRisk {
  chainId: number;
  humanId: string;
  title: string;
}

/** The failed test result a problem came from, as the test run recorded it. */
export interface ProblemTestOrigin {
  testResultId: number;
  runHumanId: string;
  caseHumanId: string;
  caseTitle: string;
  outcome: string;
  softwareVersion: string;
}

export interface ProblemView extends ProblemRecord {
  reportedByName: string;
  closedByName: string | null;
  risks: ProblemRisk[];
  testOrigin: ProblemTestOrigin | null;
  /** The change requests raised from this problem (9.4). */
  changes: { id: number; humanId: string; title: string; status: string }[];
  /** What closing still needs; empty when the problem can be closed. */
  closingGaps: { field: string; message: string }[];
}

export interface ProblemList {
  problems: ProblemView[];
}

export interface ProblemTrend {
  months: TrendMonth[];
}
