import { useEffect, useMemo, useState } from 'react';
import { CHECKLISTS, REVIEW_KINDS, type ReviewKind } from '../../../../shared/reviews/checklists';
import { messageOf } from '../../api/field-errors';
import { ReviewChecklistDialog } from '../../components/ReviewChecklistDialog';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useReviewsStore, verifiableNodes } from '../../stores/reviews-store';
import { ReviewCard } from './ReviewCard';
import { UnitVerificationDialog } from './UnitVerificationDialog';
import '../../styles/verification.css';

const kindLabel = (kind: ReviewKind) => `${CHECKLISTS[kind].title} (${CHECKLISTS[kind].clause})`;
/** The kinds, offered both by the filter and by the new-record choice. */
const KIND_OPTIONS = REVIEW_KINDS.map((k) => (
  <option key={k} value={k}>
    {kindLabel(k)}
  </option>
));

/**
 * Verification records (IEC 62304 5.2.6, 5.3.6, 5.4.4, 5.5.5): every recorded review with its answers,
 * findings, result and e-signature, filterable by kind, and a way to record and sign a new one.
 */
export function VerificationScreen() {
  const reviews = useReviewsStore((s) => s.reviews);
  const tree = useReviewsStore((s) => s.tree);
  const kind = useReviewsStore((s) => s.kind);
  const load = useReviewsStore((s) => s.load);
  const setKind = useReviewsStore((s) => s.setKind);
  const [newKind, setNewKind] = useState<ReviewKind>('unit-verification');
  const [open, setOpen] = useState<ReviewKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    load().catch((e: unknown) => setError(messageOf(e)));
  }, [load]);

  const units = useMemo(() => verifiableNodes(tree ?? []), [tree]);
  const unitsById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const recorded = (summary: string) => {
    setOpen(null);
    setNotice(summary);
    load().catch((e: unknown) => setError(messageOf(e)));
  };

  return (
    <>
      <div className="screen-header">
        <h1 tabIndex={-1}>Verification records</h1>
      </div>
      <p className="muted">
        The reviews IEC 62304 asks for — requirements, architecture, detailed design and each unit — with the checklist as answered, the findings, the result and the reviewer's
        electronic signature.
      </p>
      <div className="verification-toolbar">
        <label className="field">
          <span className="field-label">Show</span>
          <select className="select" value={kind} onChange={(e) => void setKind(e.target.value as ReviewKind | '').catch((err: unknown) => setError(messageOf(err)))}>
            <option value="">All verification records</option>
            {KIND_OPTIONS}
          </select>
        </label>
        <label className="field">
          <span className="field-label">New record of kind</span>
          <select className="select" value={newKind} onChange={(e) => setNewKind(e.target.value as ReviewKind)}>
            {KIND_OPTIONS}
          </select>
        </label>
        <button type="button" className="button button-primary" onClick={() => setOpen(newKind)}>
          Record verification…
        </button>
      </div>
      <ScreenMessages error={error} notice={notice} />
      {reviews && reviews.length === 0 && <p className="muted">No verification record {kind ? 'of this kind ' : ''}yet.</p>}
      {reviews?.map((review) => (
        <ReviewCard key={review.id} review={review} units={unitsById} />
      ))}
      {open === 'unit-verification' && <UnitVerificationDialog units={units} onRecorded={recorded} onClose={() => setOpen(null)} />}
      {open && open !== 'unit-verification' && <ReviewChecklistDialog kind={open} defaultScope="" onRecorded={recorded} onClose={() => setOpen(null)} />}
    </>
  );
}
