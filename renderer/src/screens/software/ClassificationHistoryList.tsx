import type { ClassificationHistory } from '../../../../shared/api/classification-types';
import { localDateTime, utcTitle } from '../../forms/format';

interface ClassificationHistoryListProps {
  history: ClassificationHistory | null;
}

/** Every earlier decision on this node, newest first, so a reviewer sees how the class came to be. */
export function ClassificationHistoryList({ history }: ClassificationHistoryListProps) {
  if (!history) return <p className="muted small">Loading the history…</p>;
  const records = [
    ...history.systemRecords.map((r) => ({
      key: `s${r.id}`,
      label: `Class ${r.class}`,
      rationale: r.rationaleExtra ? `${r.rationale} ${r.rationaleExtra}` : r.rationale,
      at: r.decidedAt,
      by: r.decidedBy,
    })),
    ...history.itemRecords.map((r) => ({ key: `i${r.id}`, label: r.class ? `Class ${r.class}` : 'Inherits', rationale: r.rationale, at: r.decidedAt, by: r.decidedBy })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="history" aria-label="Earlier classifications">
      <h3>Earlier classifications</h3>
      {records.length === 0 ? (
        <p className="muted small">None yet.</p>
      ) : (
        <ol className="plain-list history-list">
          {records.map((r) => (
            <li key={r.key}>
              <strong>{r.label}</strong>{' '}
              <span className="muted small">
                <time dateTime={r.at} title={utcTitle(r.at)}>
                  {localDateTime(r.at)}
                </time>{' '}
                by {r.by}
              </span>
              <p className="small">{r.rationale}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
