import type { ControlPlacement } from '../regulatory/control-placement';
import type { SafetyClass } from '../regulatory/safety-class';
import type { HarmLevel } from '../risk/scales';

/** A software system's recorded class with what the risk file says about it. */
export interface SystemFacts {
  humanId: string;
  name: string;
  /** Null while the system is unclassified (it then counts as C and no rule can contradict it). */
  class: SafetyClass | null;
  /** The hazardous situations linked to the system, each with the worst harm of its chains. */
  situations: { humanId: string; harm: HarmLevel | null; severityName: string | null }[];
  /** The external controls the classification credits: from the risk file (riskControl set) or free text. */
  credited: { label: string; riskControl: string | null; placement: ControlPlacement | null; reason: string }[];
}

export interface RequirementFacts {
  humanId: string;
  status: string;
  acceptanceCriteria: string;
  /** '', 'test', 'inspection', 'analysis' or 'demonstration'. */
  method: string;
  createdAt: string;
  /** When its content (not its status or links) last changed, from the audit trail. */
  contentChangedAt: string;
  /** Whether a test case verifying it passed, as its latest outcome, in a completed run of `verificationVersion`. */
  passedInVersion: boolean;
  /** Who created it (user id), from the audit trail; null when unknown. */
  createdBy: number | null;
}

export interface ReviewFacts {
  humanId: string;
  kind: string;
  reviewerId: number;
  reviewerName: string;
  recordedAt: string;
}

export interface DocumentFacts {
  docKey: string;
  /** The version in force, or null when none is approved. */
  approved: {
    version: number;
    authorId: number;
    authorName: string;
    /** The record keys its signed content covers (e.g. "requirement:REQ-3"). */
    recordKeys: string[];
    signatures: { userId: number; name: string; meaning: string }[];
  } | null;
}

/** A software unit (5.4/5.5) with its effective class and its unit verifications (5.5.5), oldest first. */
export interface UnitFacts {
  humanId: string;
  name: string;
  class: SafetyClass;
  createdAt: string;
  verifications: { humanId: string; result: 'passed' | 'passed-with-obligations' | 'failed'; recordedAt: string }[];
}

export interface ReleaseFacts {
  version: string;
  status: 'draft' | 'released';
  createdAt: string;
  releasedAt: string | null;
}

export interface ProblemFacts {
  humanId: string;
  source: string;
  foundInVersion: string;
  affectsSafety: boolean | null;
  /** Its vigilance-relevant texts joined: who was advised, the safety evaluation, the decision's rationale. */
  vigilanceText: string;
}

/** Everything the consistency rules read, gathered once by the core from the project's records. */
export interface CheckFacts {
  systems: SystemFacts[];
  requirements: RequirementFacts[];
  /** The version whose test results count for "verified": the newest released one, else the newest tested. */
  verificationVersion: string | null;
  reviews: ReviewFacts[];
  units: UnitFacts[];
  documents: DocumentFacts[];
  /** Every text field that may cite records or documents, with the record that holds it. */
  texts: { record: string; text: string }[];
  /** Every record human ID and document ID that exists. */
  knownIds: string[];
  /** ISO 13485 clauses declared not applicable or excluded. */
  qmsOutOfScope: { clause: string; status: string }[];
  /** For each procedure the project holds as a document, the clauses its sections say they answer. */
  procedureClaims: { docKey: string; clauses: string[] }[];
  releases: ReleaseFacts[];
  /** Completed test runs with the version they tested, for dates that run backwards. */
  testRuns: { humanId: string; version: string; completedAt: string }[];
  problems: ProblemFacts[];
}

/** Facts with nothing in them, for tests and for a project that has nothing yet. */
export function emptyFacts(): CheckFacts {
  return {
    systems: [],
    requirements: [],
    verificationVersion: null,
    reviews: [],
    units: [],
    documents: [],
    texts: [],
    knownIds: [],
    qmsOutOfScope: [],
    procedureClaims: [],
    releases: [],
    testRuns: [],
    problems: [],
  };
}
