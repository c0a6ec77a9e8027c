import { useState } from 'react';
import type { ArchitectureView, InterfaceView } from '../../../../shared/api/architecture-types';
import { messageOf } from '../../api/field-errors';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { idColumn } from '../../components/data-columns';
import { useArchitectureStore } from '../../stores/architecture-store';
import { InterfaceDialog } from './InterfaceDialog';

interface InterfacesTableProps {
  view: ArchitectureView;
  /** Box key chosen in the diagram: only its interfaces are listed. */
  focus: string | null;
  onNotice(message: string): void;
  onError(message: string): void;
}

function interfaceColumns(change: (row: InterfaceView) => void, remove: (row: InterfaceView) => void): DataColumn<InterfaceView>[] {
  return [
    { ...idColumn<InterfaceView>(), className: 'mono' },
    { id: 'name', header: 'Name', sortValue: (r) => r.name.toLowerCase(), cell: (r) => r.name },
    { id: 'from', header: 'From', sortValue: (r) => r.fromLabel, cell: (r) => r.fromLabel },
    { id: 'to', header: 'To', sortValue: (r) => r.toLabel, cell: (r) => r.toLabel },
    { id: 'flow', header: 'Flow', cell: (r) => (r.direction === 'two-way' ? 'both ways' : 'one way') },
    { id: 'protocol', header: 'Protocol', sortValue: (r) => r.protocol, cell: (r) => r.protocol },
    { id: 'data', header: 'Data exchanged', cell: (r) => r.dataExchanged },
    {
      id: 'actions',
      header: 'Actions',
      headerHidden: true,
      className: 'row-actions',
      cell: (r) => (
        <>
          <button type="button" className="button button-small" aria-label={`Change ${r.humanId} ${r.name}`} onClick={() => change(r)}>
            Change
          </button>
          <button type="button" className="button button-small button-quiet" aria-label={`Remove ${r.humanId} ${r.name}`} onClick={() => remove(r)}>
            Remove
          </button>
        </>
      ),
    },
  ];
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
          <DataTable
            caption={focus ? 'Interfaces of the chosen box' : 'Interfaces'}
            rows={rows}
            columns={interfaceColumns(setEditing, (row) => void remove(row))}
            rowKey={(r) => r.id}
            className="interfaces-table"
            rowTestId={(r) => `interface-${r.humanId}`}
          />
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
