import type { SafetyClass } from '../regulatory/safety-class';
import type { RequirementField } from '../requirements/fields';

/** A controlled document as the walk sees it: its newest state (null when never created) and whether any version is approved. */
export interface DocumentEvidence {
  state: 'draft' | 'in_review' | 'approved' | 'obsolete' | null;
  approved: boolean;
  /** Its human ID and newest version as people read them ("SDP v2"); '' when never created. */
  label: string;
}

/** The documents whose approval closes a stage. */
export const WALK_DOCUMENTS = ['risk-plan', 'risk-analysis', 'safety-classification', 'sdp', 'srs', 'soup-list', 'sad', 'detailed-design', 'trace-matrix'] as const;
export type WalkDocument = (typeof WALK_DOCUMENTS)[number];

/** A review on record: its ID, and whether it passed and was recorded after the last change to what it reviews. */
export interface ReviewEvidence {
  humanId: string;
  passed: boolean;
  current: boolean;
}

/**
 * Every fact the walk reads, gathered from the project's records by the core. Plain data so the stage
 * rules stay pure and testable without a database.
 */
export interface WalkEvidence {
  projectClass: SafetyClass;
  /**
   * `scopeAnswered`: the scope questions decide which procedures are needed; none can be drafted before.
   * `marketsChosen`: the product profile names where it is sold (the company profile reads it from there).
   */
  qms: { companyMissing: string[]; marketsChosen: boolean; scopeAnswered: boolean; proceduresNeeded: string[]; proceduresApproved: string[]; started: boolean };
  riskPlan: { saved: boolean; hazards: number };
  /** The risk file's open trace gaps (controls without a requirement or a verification), as messages. */
  riskAnalysis: { gaps: string[] };
  systems: { total: number; unclassified: number };
  documents: Record<WalkDocument, DocumentEvidence>;
  devPlan: { editedSteps: number };
  /**
   * `incomplete`: live requirements still missing a field their class asks for (acceptance criteria, verification
   * method …); `incompleteFields`: which fields those are, across them all.
   */
  requirements: { live: number; notApproved: string[]; unallocated: string[]; incomplete: string[]; incompleteFields: RequirementField[]; review: ReviewEvidence | null };
  soup: { live: number; incomplete: string[] };
  /**
   * `unimplementedItems`: software items no requirement is allocated to (5.3.1 traces each item to what it
   * must do); `unusedSoup`: SOUP no software item uses (5.3.3). Both are trace gaps that block a release.
   */
  architecture: { items: number; interfaces: number; review: ReviewEvidence | null; unimplementedItems: string[]; unusedSoup: string[] };
  design: { units: number; undesigned: string[]; review: ReviewEvidence | null };
  unitVerification: { units: number; unverified: string[] };
  testing: { version: string | null; cases: number; unverified: string[]; notPassed: string[]; openRuns: string[]; completedRuns: string[] };
  release: { released: string | null; draft: string | null; blockers: string[] };
  maintenance: { problems: number; undecided: string[]; unfinishedChanges: string[] };
}
