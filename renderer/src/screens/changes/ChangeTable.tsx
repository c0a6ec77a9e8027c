import { useMemo } from 'react';
import type { ChangeView } from '../../../../shared/api/changes-types';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { idColumn, selectableTitleColumn } from '../../components/data-columns';
import { useChangesStore } from '../../stores/changes-store';

const outcomeText = (o: string | undefined) => o ?? '—';

function columns(selectedId: number | null, select: (id: number) => void): DataColumn<ChangeView>[] {
  return [
    idColumn(),
    selectableTitleColumn(selectedId, select, (c) => c.problem && <span className="muted small"> · from {c.problem.humanId}</span>),
    { id: 'eu', header: 'EU', sortValue: (c) => outcomeText(c.eu?.outcome), cell: (c) => outcomeText(c.eu?.outcome) },
    { id: 'us', header: 'US', sortValue: (c) => outcomeText(c.us?.outcome), cell: (c) => outcomeText(c.us?.outcome) },
    { id: 'status', header: 'Status', sortValue: (c) => c.status, cell: (c) => c.status },
  ];
}

/** The change requests; the title opens one beside the list. */
export function ChangeTable({ changes }: { changes: ChangeView[] }) {
  const selectedId = useChangesStore((s) => s.selectedId);
  const select = useChangesStore((s) => s.select);
  const shown = useMemo(() => columns(selectedId, select), [selectedId, select]);
  if (changes.length === 0) return <p className="muted">No change requests yet.</p>;
  return (
    <DataTable
      caption={`Change requests, ${changes.length} in all`}
      rows={changes}
      columns={shown}
      rowKey={(c) => c.id}
      className="change-table"
      isSelected={(c) => c.id === selectedId}
    />
  );
}
