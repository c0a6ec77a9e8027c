import type { CheckFinding } from '../api/check-types';
import type { ConfirmationKey, Confirmation } from '../api/releases-types';
import type { SafetyClass } from '../regulatory/safety-class';

/** A record named in a blocker: its human ID and, where it helps, its title. */
export interface NamedRecord {
  humanId: string;
  title: string;
}

/** A requirement and how it is verified for this version. */
export interface RequirementEvidence extends NamedRecord {
  /** The verification method chosen in the SRS ('' when none). */
  method: string;
  /** Whether a test case linked to it passed (as its latest outcome) in a completed run of this version. */
  passedTest: boolean;
}

/** A test case whose latest outcome in the version's completed runs is not a pass. */
export interface TestOutcomeEvidence {
  testCase: string;
  run: string;
  outcome: 'failed' | 'error' | 'blocked';
}

export interface ProblemEvidence extends NamedRecord {
  criticality: string;
  affectsSafety: boolean | null;
  decision: string;
  anomalyEvaluation: string;
}

/** The parts of a release record the checklist reads; null when no record exists for the version yet. */
export interface ReleaseRecordEvidence {
  buildProcedure: string;
  buildEnvironment: string;
  delivery: string;
  archiveLocation: string;
  artefacts: { name: string; sha256: string }[];
  confirmations: Partial<Record<ConfirmationKey, Confirmation>>;
}

/** Everything the 5.8 checklist is decided from, gathered by the core's read model. */
export interface ReleaseEvidence {
  version: string;
  safetyClass: SafetyClass;
  requirements: RequirementEvidence[];
  /** Completed runs of this version, by human ID. */
  completedRuns: string[];
  /** Runs of this version still being executed. */
  openRuns: string[];
  notPassed: TestOutcomeEvidence[];
  openProblems: ProblemEvidence[];
  /** Trace gaps, one message each (5.8.6). */
  traceGaps: string[];
  /** Required document types with no approved version: the type's title, or the document's key if it exists. */
  unapprovedDocuments: { label: string; state: string | null }[];
  /** Error-level findings of the project-wide consistency check: what each says, and its rule as a reference. */
  consistencyErrors: Pick<CheckFinding, 'rule' | 'message'>[];
  /** Change requests meant for this version that are not finished (verified, closed or rejected). */
  unfinishedChanges: (NamedRecord & { status: string })[];
  release: ReleaseRecordEvidence | null;
}
