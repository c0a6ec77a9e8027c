import type { RecordSignature } from './signature-types';

/** IEC 62304 test levels: unit verification (5.5.5), integration (5.6) and system testing (5.7). */
export const TEST_LEVELS = ['unit', 'integration', 'system'] as const;
export type TestLevel = (typeof TEST_LEVELS)[number];

/** What happened to one case in one run; `error` is a JUnit error (the test itself broke), apart from a failed check. */
export const TEST_OUTCOMES = ['not-run', 'passed', 'failed', 'error', 'blocked', 'skipped'] as const;
export type TestOutcome = (typeof TEST_OUTCOMES)[number];

/** What a tester records for one step of a manual case. */
export const STEP_OUTCOMES = ['passed', 'failed', 'blocked'] as const;
export type StepOutcome = (typeof STEP_OUTCOMES)[number];

/** A requirement's or risk control's verification state for one software version, worst first. */
export const VERIFICATION_STATUSES = ['failed', 'blocked', 'not-run', 'passed', 'no-test'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** Evidence files a tester may attach to a result, by media type. */
export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'text/plain', 'application/pdf'] as const;
/** An attachment lives inside the project file, so its size is bounded: screenshots, not videos. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

export interface TestStep {
  position: number;
  action: string;
  expected: string;
}

/** A record a case verifies, as a link end: the link turns suspect when either side changes. */
export interface VerifiedRecord {
  id: number;
  humanId: string;
  title: string;
  suspect: boolean;
}

export interface TestCase {
  id: number;
  humanId: string;
  title: string;
  level: TestLevel;
  objective: string;
  preconditions: string;
  passCriteria: string;
  automated: boolean;
  retired: boolean;
  steps: TestStep[];
  requirements: VerifiedRecord[];
  riskControls: VerifiedRecord[];
  createdAt: string;
  updatedAt: string;
}

export type OutcomeCounts = Record<TestOutcome, number>;

export interface TestRunSummary {
  id: number;
  humanId: string;
  softwareVersion: string;
  title: string;
  source: 'manual' | 'junit';
  /** Hardware and software test configuration (5.7.5). */
  environment: string;
  /** Test tools with their versions (5.7.5). */
  tools: string;
  fileName: string | null;
  fileSha256: string | null;
  startedAt: string;
  startedByName: string;
  completedAt: string | null;
  counts: OutcomeCounts;
  /** JUnit results not yet linked to a case. */
  unmapped: number;
}

export interface StepResultView extends TestStep {
  /** Null while the step has not been executed. */
  outcome: StepOutcome | null;
  actual: string;
}

export interface AttachmentInfo {
  id: number;
  name: string;
  mediaType: string;
  sha256: string;
  size: number;
  addedAt: string;
  addedByName: string;
}

/** One case's result in a run, or a JUnit test that maps to no case yet (`testCaseId` null). */
export interface TestResultView {
  id: number;
  testCaseId: number | null;
  caseHumanId: string | null;
  caseTitle: string | null;
  junitName: string | null;
  outcome: TestOutcome;
  actual: string;
  message: string;
  durationMs: number | null;
  executedByName: string | null;
  executedAt: string | null;
  steps: StepResultView[];
  attachments: AttachmentInfo[];
}

export interface TestRunDetail extends TestRunSummary {
  results: TestResultView[];
  signatures: RecordSignature[];
}

export interface TestAttachment extends AttachmentInfo {
  base64: string;
}

/** A requirement or risk control with its verification state for one version and the tests behind it. */
export interface VerificationRow {
  id: number;
  humanId: string;
  title: string;
  status: VerificationStatus;
  tests: { humanId: string; outcome: TestOutcome }[];
}

export interface VersionStatus {
  version: string;
  requirements: VerificationRow[];
  riskControls: VerificationRow[];
  counts: { requirements: Record<VerificationStatus, number>; riskControls: Record<VerificationStatus, number> };
}

/** Every case with its latest outcome per version, and the versions tested: `cairn tests`. */
export interface TestsSummary {
  versions: string[];
  cases: { id: number; humanId: string; title: string; level: TestLevel; automated: boolean; retired: boolean; latest: Record<string, TestOutcome> }[];
  status: VersionStatus[];
}

/** How a JUnit test found its case. */
export type JunitMappedBy = 'id' | 'requirement' | 'saved';

export interface JunitPreview {
  fileName: string;
  sha256: string;
  suites: number;
  tests: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  mapped: { id: number; requirement: number; saved: number };
  /** JUnit tests that map to no case, each listed once. */
  unmappedNames: string[];
}

export interface JunitImportResult extends JunitPreview {
  run: TestRunSummary;
}
