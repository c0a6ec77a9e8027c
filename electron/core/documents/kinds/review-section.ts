import type { ReviewRecord } from '../../../../shared/api/reviews-types';
import { CHECKLISTS, REVIEW_ANSWER_LABELS, REVIEW_RESULT_LABELS, type ReviewKind } from '../../../../shared/reviews/checklists';
import type { ContentSection, RecordRef } from '../../../../shared/documents/content';
import { recordRef } from '../canonical';

/** The latest verification checklist of one kind as a document section, or a note that none is on record. */
export function latestReviewSection(kind: ReviewKind, review: ReviewRecord | null): ContentSection {
  const checklist = CHECKLISTS[kind];
  const heading = `${checklist.title} (${checklist.clause})`;
  if (!review) {
    return { heading, blocks: [{ kind: 'paragraph', text: `No ${checklist.title.toLowerCase()} has been recorded yet.` }] };
  }
  return {
    heading,
    blocks: [
      {
        kind: 'keyValue',
        rows: [
          ['Review', review.humanId],
          ['Result', REVIEW_RESULT_LABELS[review.result]],
          ['Reviewer', review.reviewerName],
          ['Recorded', review.recordedAt.slice(0, 10)],
          ['Scope', review.scope || 'Not stated'],
        ],
      },
      {
        kind: 'table',
        columns: [
          { header: 'Question', width: 55 },
          { header: 'Answer', width: 12 },
          { header: 'Note', width: 33 },
        ],
        rows: review.answers.map((a) => [a.text, REVIEW_ANSWER_LABELS[a.answer], a.note]),
      },
      ...(review.findings ? [{ kind: 'paragraph' as const, text: `Findings: ${review.findings}` }] : []),
    ],
  };
}

export function reviewRecordRef(review: ReviewRecord | null): RecordRef[] {
  return review ? [recordRef(`review:${review.humanId}`, 'review', `${review.humanId} ${CHECKLISTS[review.kind].title}`, review)] : [];
}
