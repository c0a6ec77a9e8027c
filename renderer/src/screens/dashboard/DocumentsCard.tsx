import { useEffect } from 'react';
import { DOCUMENT_STATES, STATE_LABELS } from '../../../../shared/documents/control';
import { useDocumentsStore } from '../../stores/documents-store';
import { useNavStore } from '../../stores/nav-store';

/** How many controlled documents stand where, and which approved ones the records have outrun. */
export function DocumentsCard() {
  const items = useDocumentsStore((state) => state.items);
  const go = useNavStore((state) => state.go);

  useEffect(() => {
    // The dashboard itself shows its load errors; this card simply stays in its loading state.
    useDocumentsStore
      .getState()
      .loadList()
      .catch(() => undefined);
  }, []);

  const changed = items?.filter((d) => d.changedSinceApproved) ?? [];
  return (
    <section className="card" aria-labelledby="documents-card-title" data-testid="documents-card">
      <div className="card-header">
        <h2 id="documents-card-title">Documents</h2>
        <button type="button" className="button button-small button-quiet" onClick={() => go('documents')}>
          Open documents
        </button>
      </div>
      {!items ? (
        <p className="muted">Loading…</p>
      ) : items.length === 0 ? (
        <p className="muted">No controlled documents yet.</p>
      ) : (
        <>
          <dl className="state-counts">
            {DOCUMENT_STATES.map((state) => (
              <div key={state}>
                <dt>{STATE_LABELS[state]}</dt>
                <dd>{items.filter((d) => d.state === state).length}</dd>
              </div>
            ))}
          </dl>
          {changed.length > 0 && (
            <p className="message message-info small">
              Changed since approved: {changed.map((d) => d.docKey).join(', ')}. Their records have changed; a new version needs review and approval.
            </p>
          )}
        </>
      )}
    </section>
  );
}
