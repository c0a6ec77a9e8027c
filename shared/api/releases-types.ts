import type { SafetyClass } from '../regulatory/safety-class';
import type { RecordSignature } from './signature-types';

/** The 5.8 checklist items, in the standard's order. */
export const RELEASE_CLAUSES = ['5.8.1', '5.8.2', '5.8.3', '5.8.4', '5.8.5', '5.8.6', '5.8.7', '5.8.8'] as const;
export type ReleaseClause = (typeof RELEASE_CLAUSES)[number];

/**
 * Checklist items Cairn cannot check from records: the person confirms them, with a note of how.
 * `delivery-verified`: copies delivered through the described channel were checked against the archived
 * SHA-256 (5.8.8 asks for delivery without corruption or unauthorised change).
 */
export const CONFIRMATION_KEYS = ['delivery-verified'] as const;
export type ConfirmationKey = (typeof CONFIRMATION_KEYS)[number];

export interface Confirmation {
  note: string;
  confirmedBy: string;
  confirmedAt: string;
}

export interface ChecklistItem {
  clause: ReleaseClause;
  title: string;
  /** Whether Table A.1 asks for it in the product's class. */
  applies: boolean;
  /** Applies and nothing blocks it; an item that does not apply is never met nor blocking. */
  met: boolean;
  /** What shows it is met (or what was looked at), one line each. */
  evidence: string[];
  /** What stands in the way, each naming the records to fix. */
  blockers: string[];
}

export interface ReleaseChecklist {
  version: string;
  safetyClass: SafetyClass;
  items: ChecklistItem[];
  /** Every blocker of every applicable item, prefixed with its clause. */
  blockers: string[];
  ready: boolean;
}

export interface ReleaseArtefact {
  id: number;
  name: string;
  sha256: string;
  sizeBytes: number;
  addedAt: string;
  addedBy: string;
}

/** An open problem report as a known residual anomaly of the release (5.8.2, 5.8.3). */
export interface KnownAnomaly {
  id: number;
  humanId: string;
  title: string;
  criticality: string;
  status: string;
  /** null until the problem has been evaluated against the risk file. */
  affectsSafety: boolean | null;
  decision: string;
  evaluation: string;
  mitigation: string;
  justification: string;
  foundInVersion: string;
}

export const BASELINE_ITEM_TYPES = ['software_item', 'soup', 'document', 'requirement', 'test_case', 'risk_control'] as const;
export type BaselineItemType = (typeof BASELINE_ITEM_TYPES)[number];

export const BASELINE_ITEM_LABELS: Record<BaselineItemType, string> = {
  software_item: 'Software items',
  soup: 'SOUP',
  document: 'Documents',
  requirement: 'Requirements',
  test_case: 'Test cases',
  risk_control: 'Risk controls',
};

/** A configuration item's identity and version (its own version, or a content fingerprint). */
export interface BaselineItem {
  itemType: BaselineItemType;
  itemKey: string;
  title: string;
  version: string;
}

export interface ReleaseSummary {
  id: number;
  version: string;
  title: string;
  status: 'draft' | 'released';
  createdAt: string;
  releasedAt: string | null;
  artefacts: number;
}

export interface ReleaseFields {
  title: string;
  buildProcedure: string;
  buildEnvironment: string;
  delivery: string;
  archiveLocation: string;
  releaseNotes: string;
}

export interface ReleaseDetail extends ReleaseSummary, ReleaseFields {
  createdBy: string;
  confirmations: Partial<Record<ConfirmationKey, Confirmation>>;
  artefacts: number;
  artefactList: ReleaseArtefact[];
  signatures: RecordSignature[];
  checklist: ReleaseChecklist;
  anomalies: KnownAnomaly[];
  /** The frozen baseline once released; empty for a draft. */
  baseline: BaselineItem[];
}

export interface BaselineChange {
  itemKey: string;
  title: string;
  from: string;
  to: string;
}

export interface BaselineTypeDiff {
  itemType: BaselineItemType;
  added: BaselineItem[];
  removed: BaselineItem[];
  changed: BaselineChange[];
  unchanged: number;
}

export interface BaselineDiff {
  from: string;
  to: string;
  types: BaselineTypeDiff[];
}

/** A current configuration item and where it stood in each released baseline (8.3 status accounting). */
export interface ConfigurationItem extends BaselineItem {
  /** Released versions whose baseline holds this item, with the item's version there, oldest first. */
  baselines: { release: string; version: string }[];
  /** Differs from (or is missing in) the newest baseline; false when nothing is released yet. */
  changedSinceLastRelease: boolean;
}

export interface ConfigurationItems {
  releases: string[];
  items: ConfigurationItem[];
}
