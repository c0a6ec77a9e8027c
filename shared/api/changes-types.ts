import type { ChangeStatus } from '../changes/change-status';
import type { EuOutcome } from '../changes/eu-significance';
import type { UsOutcome } from '../changes/us-significance';
import type { RecordSignature } from './signature-types';
import type { TraceRef } from './trace-types';

export const CHANGE_SOURCES = ['problem', 'feedback', 'post-market', 'roadmap', 'regulation', 'other'] as const;
export type ChangeSource = (typeof CHANGE_SOURCES)[number];

export const CHANGE_SOURCE_LABELS: Record<ChangeSource, string> = {
  problem: 'Problem report',
  feedback: 'User feedback',
  'post-market': 'Post-market surveillance',
  roadmap: 'Product roadmap',
  regulation: 'Regulatory change',
  other: 'Other',
};

export const CHANGE_KINDS = ['bug-fix', 'change'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export { SIGNIFICANCE_REGIONS, type SignificanceRegion } from '../changes/significance-regions';

/** The kinds of record an impact analysis lists, each in its own list. */
export const IMPACT_KINDS = ['softwareItems', 'requirements', 'riskControls', 'riskChains', 'hazardousSituations', 'soup', 'tests'] as const;
export type ImpactKind = (typeof IMPACT_KINDS)[number];

export const IMPACT_KIND_LABELS: Record<ImpactKind, string> = {
  softwareItems: 'Software items',
  requirements: 'Requirements',
  riskControls: 'Risk controls',
  riskChains: 'Risk chains',
  hazardousSituations: 'Hazardous situations',
  soup: 'SOUP',
  tests: 'Tests to re-run (regression proposal)',
};

/** One affected record and why the analysis reached it. */
export interface ImpactEntry {
  id: number;
  humanId: string;
  title: string;
  /** How the change reaches it, e.g. "implemented in SW-3" or "a target of the change". */
  reason: string;
}

export interface ImpactDocument {
  id: number;
  docKey: string;
  title: string;
  /** The affected records (human IDs) the document's content covers. */
  covers: string[];
}

/** 6.2.3 / 7.4 impact analysis, computed outward from the change's targets along the trace links. */
export type ChangeImpact = Record<ImpactKind, ImpactEntry[]> & {
  documents: ImpactDocument[];
  computedAt: string;
};

export interface SignificanceAssessment<O extends string> {
  answers: Record<string, boolean>;
  outcome: O;
  rationale: string;
}

export interface ChangeRecord {
  id: number;
  humanId: string;
  title: string;
  description: string;
  rationale: string;
  source: ChangeSource;
  problemId: number | null;
  kind: ChangeKind;
  targetVersion: string;
  impactNotes: string;
  safetyAnalysis: string;
  newRiskControls: boolean | null;
  eu: SignificanceAssessment<EuOutcome> | null;
  us: SignificanceAssessment<UsOutcome> | null;
  implementation: string;
  verification: string;
  status: ChangeStatus;
  approvedAt: string | null;
  createdBy: number;
  createdAt: string;
  updatedAt: string;
}

export interface ChangeTargetView extends TraceRef {
  humanId: string;
  title: string;
}

export interface ChangeView extends ChangeRecord {
  createdByName: string;
  problem: { id: number; humanId: string; title: string } | null;
  targets: ChangeTargetView[];
  /** Frozen at approval; computed live from the trace links before it. */
  impact: ChangeImpact;
  impactFrozen: boolean;
  signatures: RecordSignature[];
  /** What approval still needs; empty when the change can be approved. */
  approvalGaps: { field: string; message: string }[];
}

export interface ChangeList {
  changes: ChangeView[];
}

/** What approving did: the change, and how many trace links became suspect. */
export interface ChangeApproval {
  change: ChangeView;
  suspectLinks: number;
}
