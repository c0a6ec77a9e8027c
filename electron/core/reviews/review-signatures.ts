import type { ReviewRecord, SignedReview } from '../../../shared/api/reviews-types';
import type { HandlerContext } from '../context';
import { contentHashOf, signRecord } from '../signatures/sign-record';

/** How review records are named in record_signature and the audit trail. */
export const REVIEW_ENTITY = 'review_record';
/** A review is signed by the person who did it, and that is what their signature says. */
export const REVIEW_MEANING = 'reviewed';

/**
 * Signs a just-recorded review. The signature covers the whole stored record — checklist answers with
 * their wording, result, findings, reviewer, time and, for a unit, the revision, checks and anomalies —
 * so changing any of it afterwards shows the signature as no longer current.
 */
export function signReview(ctx: HandlerContext, review: ReviewRecord, password: string): SignedReview {
  const signature = signRecord(ctx, { entityType: REVIEW_ENTITY, entityId: review.id, humanId: review.humanId, meaning: REVIEW_MEANING, content: review }, password);
  return { ...review, signatures: [signature] };
}

/** Reviews with their signatures, fetched in one query for the whole list. */
export function withSignatures(ctx: Pick<HandlerContext, 'project'>, reviews: ReviewRecord[]): SignedReview[] {
  const byReview = ctx.project.recordSignatures.ofMany(REVIEW_ENTITY);
  return reviews.map((review) => {
    const hash = contentHashOf(review);
    return { ...review, signatures: (byReview.get(review.id) ?? []).map((s) => ({ ...s, current: s.contentHash === hash })) };
  });
}
