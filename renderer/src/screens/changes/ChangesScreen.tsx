import { useEffect, useState } from 'react';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useChangesStore } from '../../stores/changes-store';
import { ChangeDetail } from './ChangeDetail';
import { ChangeTable } from './ChangeTable';
import { NewChangeDialog } from './NewChangeDialog';
import '../../styles/problems.css';
import '../../styles/changes.css';

/** Change management (6.2.3–6.3, 7.4, 8.2): the requests and the selected one's impact, assessment and approval. */
export function ChangesScreen() {
  const changes = useChangesStore((s) => s.changes);
  const selectedId = useChangesStore((s) => s.selectedId);
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
        <ChangeTable changes={all} />
        {selected ? <ChangeDetail key={selected.id} change={selected} /> : <p className="muted">Choose a change request to assess it.</p>}
      </div>
      {adding && <NewChangeDialog onClose={() => setAdding(false)} />}
    </div>
  );
}
