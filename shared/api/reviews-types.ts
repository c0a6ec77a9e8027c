import type { ReviewAnswer, ReviewKind, ReviewResult } from '../reviews/checklists';
import type { UnitCheck } from '../reviews/unit-checks';
import type { SafetyClass } from '../regulatory/safety-class';
import type { RecordSignature } from './signature-types';

/** One answered question of a recorded review, with the question's wording as it was asked. */
export interface ReviewAnswerView {
  question: string;
  text: string;
  answer: ReviewAnswer;
  note: string;
}

/** What a unit verification (5.5.5) records besides its checklist. */
export interface UnitVerificationDetails {
  /** The software unit or item verified (a software_item id). */
  unitId: number;
  /** Its class when verified: it decided whether the class C questions (5.5.4) were asked. */
  unitClass: SafetyClass;
  /** The commit hash or pull request the verification covers. */
  changeRef: string;
  checks: UnitCheck[];
  /** Anomalies raised: problem report IDs or short descriptions. */
  anomalies: string[];
}

/** A verification checklist as recorded: who reviewed, when, what they answered and the result. */
export interface ReviewRecord {
  id: number;
  humanId: string;
  kind: ReviewKind;
  /** What was reviewed, in the reviewer's words (document version, ID range …). */
  scope: string;
  answers: ReviewAnswerView[];
  result: ReviewResult;
  findings: string;
  reviewerId: number;
  reviewerName: string;
  recordedAt: string;
  /** Unit verification records only. */
  unit: UnitVerificationDetails | null;
}

/** A review record with its e-signatures, each saying whether it still covers the record as stored. */
export interface SignedReview extends ReviewRecord {
  signatures: RecordSignature[];
}
