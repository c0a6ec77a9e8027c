import { nameRecords } from '../release/checklist';
import { annexAApplicability } from '../regulatory/annex-a';
import type { SafetyClass } from '../regulatory/safety-class';
import type { DocumentEvidence, ReviewEvidence } from './evidence';
import { plural, sentenceList } from '../domain/words';

export { plural, sentenceList };

/** "SRS-1, SRS-2 and 3 more" for a list of record IDs. */
export const named = (ids: readonly string[]) => nameRecords(ids);

/** What is still to do for a controlled document to count: '' once a version is approved. */
export function documentGap(doc: DocumentEvidence, title: string): string {
  if (doc.approved) return '';
  if (doc.state === null) return `the ${title} is not written yet`;
  if (doc.state === 'in_review') return `${doc.label} is in review, not yet approved`;
  return `${doc.label} is not yet sent for review and approval`;
}

/** The next action that moves a document on: write it, send it, or sign it. */
export function documentNext(doc: DocumentEvidence, title: string): string {
  if (doc.state === null) return `Create the ${title} on the Documents screen`;
  if (doc.state === 'in_review') return `Have the reviewers and approvers sign ${doc.label}`;
  return `Send ${doc.label} for review and approval`;
}

/** A document named for a stage's records ("SDP v2 (approved)"), or nothing when it does not exist. */
export function documentRecord(doc: DocumentEvidence): string[] {
  if (doc.state === null) return [];
  return [`${doc.label} (${doc.approved ? 'approved' : doc.state.replace('_', ' ')})`];
}

/** What is still to do for a review to count: '' when a passing review is on record and current. */
export function reviewGap(review: ReviewEvidence | null, what: string): string {
  if (!review) return `no ${what} review is recorded`;
  if (!review.passed) return `the last ${what} review, ${review.humanId}, did not pass`;
  if (!review.current) return `${what} changed after the last review, ${review.humanId}`;
  return '';
}

export const reviewRecord = (review: ReviewEvidence | null): string[] => (review?.passed && review.current ? [`${review.humanId} (passed review)`] : []);

/** "Class B asks 5.3.1, 5.3.2, 5.3.3, 5.3.4 and 5.3.6 (Table A.1)." for the clauses under the given prefixes. */
export function clausesAsked(safetyClass: SafetyClass, prefixes: readonly string[]): string {
  const rows = annexAApplicability(safetyClass).filter((r) => prefixes.some((p) => r.clause === p || r.clause.startsWith(`${p}.`)));
  const asked = rows.filter((r) => r.applies).map((r) => r.clause);
  if (asked.length === 0) return `Class ${safetyClass} asks nothing of ${sentenceList(prefixes)} (Table A.1).`;
  const skipped = rows.length - asked.length;
  return `Class ${safetyClass} asks ${sentenceList(asked)}${skipped > 0 ? `; ${plural(skipped, 'sub-clause')} of ${sentenceList(prefixes)} ${skipped === 1 ? 'applies' : 'apply'} only to higher classes` : ''} (Table A.1).`;
}
