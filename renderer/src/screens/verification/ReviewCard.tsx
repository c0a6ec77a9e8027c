import type { SoftwareNode } from '../../../../shared/api/software-types';
import type { SignedReview } from '../../../../shared/api/reviews-types';
import { CHECKLISTS, REVIEW_ANSWER_LABELS, REVIEW_RESULT_LABELS } from '../../../../shared/reviews/checklists';
import { UNIT_CHECK_LABELS, UNIT_CHECK_OUTCOME_LABELS } from '../../../../shared/reviews/unit-checks';
import { SignatureLine } from './SignatureLine';

const RESULT_BADGE = { passed: 'badge-success', 'passed-with-obligations': '', failed: 'badge-danger' } as const;

/** One verification record: what it covered, its result, findings and signature, with the answers on demand. */
export function ReviewCard({ review, units }: { review: SignedReview; units: Map<number, SoftwareNode> }) {
  const checklist = CHECKLISTS[review.kind];
  const unit = review.unit ? units.get(review.unit.unitId) : undefined;
  const titleId = `review-${review.id}-title`;
  return (
    <article className="card review-card" aria-labelledby={titleId} data-testid={`review-${review.humanId}`}>
      <header className="review-card-header">
        <h2 id={titleId}>
          {review.humanId} · {checklist.title} ({checklist.clause})
        </h2>
        <span className={`badge ${RESULT_BADGE[review.result]}`}>{REVIEW_RESULT_LABELS[review.result]}</span>
      </header>
      <dl className="facts">
        <dt>Scope</dt>
        <dd>{review.scope || <span className="muted">not stated</span>}</dd>
        {review.unit && (
          <>
            <dt>Unit</dt>
            <dd>
              {unit ? `${unit.humanId} ${unit.name}` : `software item ${review.unit.unitId}`} (class {review.unit.unitClass}) at {review.unit.changeRef}
            </dd>
            <dt>Checks</dt>
            <dd>
              <ul className="plain-list review-checks">
                {review.unit.checks.map((c) => (
                  <li key={c.check}>
                    <strong>{UNIT_CHECK_LABELS[c.check]}</strong>: {UNIT_CHECK_OUTCOME_LABELS[c.outcome]}
                    {c.measuredPercent !== null && ` (${c.measuredPercent}% of ${c.requiredPercent}% required)`}
                    {c.tool && ` · ${c.tool}`}
                    {c.detail && ` · ${c.detail}`}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>Anomalies raised</dt>
            <dd>{review.unit.anomalies.length ? review.unit.anomalies.join('; ') : 'none'}</dd>
          </>
        )}
        <dt>Findings</dt>
        <dd>{review.findings || <span className="muted">none</span>}</dd>
        <dt>Signature</dt>
        <dd>
          {review.signatures.length ? (
            review.signatures.map((s) => <SignatureLine key={s.id} signature={s} />)
          ) : (
            <span className="muted">unsigned (recorded before reviews were signed)</span>
          )}
        </dd>
      </dl>
      <details>
        <summary>Checklist answers ({review.answers.length})</summary>
        <ol className="review-answers">
          {review.answers.map((a) => (
            <li key={a.question}>
              {a.text} <strong>{REVIEW_ANSWER_LABELS[a.answer]}</strong>
              {a.note && <span className="muted"> — {a.note}</span>}
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
