import { useState } from 'react';
import type { ArchitectureView, InterfaceView } from '../../../../shared/api/architecture-types';
import { messageOf } from '../../api/field-errors';
import { useArchitectureStore } from '../../stores/architecture-store';
import { InterfaceDialog } from './InterfaceDialog';

interface InterfacesTableProps {
  view: ArchitectureView;
  /** Box key chosen in the diagram: only its interfaces are listed. */
  focus: string | null;
  onNotice(message: string): void;
  onError(message: string): void;
}

const endKey = (end: InterfaceView['from']) => (end.kind === 'external' ? `external:${end.name}` : `${end.kind}:${end.id}`);

/** The interfaces, with their ends, flow and protocol; each can be changed or removed. */
export function InterfacesTable({ view, focus, onNotice, onError }: InterfacesTableProps) {
  const removeInterface = useArchitectureStore((s) => s.removeInterface);
  const [editing, setEditing] = useState<InterfaceView | 'new' | null>(null);
  const rows = focus ? view.interfaces.filter((i) => endKey(i.from) === focus || endKey(i.to) === focus) : view.interfaces;

  async function remove(row: InterfaceView) {
    try {
      await removeInterface(row.id);
      onNotice(`${row.humanId} was removed.`);
    } catch (caught) {
      onError(messageOf(caught));
    }
  }

  return (
    <>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          Add interface
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{focus ? 'The chosen box has no interfaces.' : 'No interface recorded yet.'}</p>
      ) : (
        <div className="table-wrap">
          <table className="table interfaces-table">
            <thead>
              <tr>
                <th scope="col">ID</th>
                <th scope="col">Name</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Flow</th>
                <th scope="col">Protocol</th>
                <th scope="col">Data exchanged</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid={`interface-${row.humanId}`}>
                  <td className="mono">{row.humanId}</td>
                  <td>{row.name}</td>
                  <td>{row.fromLabel}</td>
                  <td>{row.toLabel}</td>
                  <td>{row.direction === 'two-way' ? 'both ways' : 'one way'}</td>
                  <td>{row.protocol}</td>
                  <td>{row.dataExchanged}</td>
                  <td className="row-actions">
                    <button type="button" className="button button-small" aria-label={`Change ${row.humanId} ${row.name}`} onClick={() => setEditing(row)}>
                      Change
                    </button>
                    <button type="button" className="button button-small button-quiet" aria-label={`Remove ${row.humanId} ${row.name}`} onClick={() => void remove(row)}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <InterfaceDialog
          view={view}
          editing={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            onNotice(message);
          }}
        />
      )}
    </>
  );
}
