import { useEffect, useState } from 'react';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useChangesStore } from '../../stores/changes-store';
import { ChangeDetail } from './ChangeDetail';
import { NewChangeDialog } from './NewChangeDialog';
import '../../styles/problems.css';
import '../../styles/changes.css';

const outcomeText = (o: string | undefined) => o ?? '—';

/** Change management (6.2.3–6.3, 7.4, 8.2): the requests and the selected one's impact, assessment and approval. */
export function ChangesScreen() {
  const changes = useChangesStore((s) => s.changes);
  const selectedId = useChangesStore((s) => s.selectedId);
  const select = useChangesStore((s) => s.select);
  const load = useChangesStore((s) => s.load);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    load().catch((e: unknown) => setError(messageOf(e)));
  }, [load]);

  const all = changes ?? [];
  const selected = all.find((c) => c.id === selectedId) ?? null;
  return (
    <div className="changes-screen">
      <div className="screen-header">
        <h1 tabIndex={-1}>Change requests</h1>
        <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
          New change request…
        </button>
      </div>
      <p className="muted">Each change is analysed along the trace links, assessed for safety and regulatory significance, and approved with a signature before it is made.</p>
      <ScreenMessages error={error} notice={null} />
      <div className="changes-layout">
        {all.length === 0 ? (
          <p className="muted">No change requests yet.</p>
        ) : (
          <table className="table change-table">
            <caption className="visually-hidden">Change requests, {all.length} in all</caption>
            <thead>
              <tr>
                <th scope="col">ID</th>
                <th scope="col">Title</th>
                <th scope="col">EU</th>
                <th scope="col">US</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {all.map((c) => (
                <tr key={c.id} className={c.id === selectedId ? 'selected' : undefined}>
                  <th scope="row">{c.humanId}</th>
                  <td>
                    <button type="button" className="link-button" aria-pressed={c.id === selectedId} onClick={() => select(c.id)}>
                      {c.title}
                    </button>
                    {c.problem && <span className="muted small"> · from {c.problem.humanId}</span>}
                  </td>
                  <td>{outcomeText(c.eu?.outcome)}</td>
                  <td>{outcomeText(c.us?.outcome)}</td>
                  <td>{c.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {selected ? <ChangeDetail key={selected.id} change={selected} /> : <p className="muted">Choose a change request to assess it.</p>}
      </div>
      {adding && <NewChangeDialog onClose={() => setAdding(false)} />}
    </div>
  );
}
