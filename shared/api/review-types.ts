import type { ReviewAnswer, ReviewKind, ReviewResult } from '../reviews/checklists';

/** One answered question of a recorded review, with the question's wording as it was asked. */
export interface ReviewAnswerView {
  question: string;
  text: string;
  answer: ReviewAnswer;
  note: string;
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
}
