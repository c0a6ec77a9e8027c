import { useMemo } from 'react';
import type { SoupView } from '../../../../shared/api/soup-types';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { idColumn, selectableColumn } from '../../components/data-columns';
import { useSoupStore } from '../../stores/soup-store';

/** Fixed row height keeps the scroll height exact however many packages a lockfile brings. */
const ROW_HEIGHT = 40;

function columns(selectedId: number | null, select: (id: number) => void): DataColumn<SoupView>[] {
  return [
    idColumn(),
    selectableColumn({ id: 'name', header: 'Name', text: (s) => s.name, selectedId, select, suffix: (s) => !s.direct && <span className="muted small"> transitive</span> }),
    { id: 'version', header: 'Version', cell: (s) => s.version },
    {
      id: 'class',
      header: 'Class',
      sortValue: (s) => s.safetyClass,
      cell: (s) => <span className={`badge class-badge class-${s.safetyClass.toLowerCase()}`}>Class {s.safetyClass}</span>,
    },
    { id: 'risk', header: 'Risk', sortValue: (s) => s.riskLevel, cell: (s) => s.riskLevel || '—' },
    { id: 'usedBy', header: 'Used by', cell: (s) => (s.usedBy.length ? s.usedBy.map((u) => u.humanId).join(', ') : <span className="muted">none</span>) },
    {
      id: 'missing',
      header: 'Missing',
      sortValue: (s) => s.missing.length,
      cell: (s) => (s.missing.length ? <span className="soup-missing">{s.missing.length} missing</span> : <span className="muted">complete</span>),
    },
  ];
}

/** The list, virtualised: a full lockfile's transitive packages can run to thousands of rows. */
export function SoupTable({ rows }: { rows: SoupView[] }) {
  const selectedId = useSoupStore((s) => s.selectedId);
  const select = useSoupStore((s) => s.select);
  const shown = useMemo(() => columns(selectedId, select), [selectedId, select]);
  if (rows.length === 0) return <p className="muted">No SOUP item matches these filters.</p>;
  return (
    <DataTable
      caption={`SOUP items, ${rows.length} shown`}
      rows={rows}
      columns={shown}
      rowKey={(s) => s.id}
      className="soup-table"
      isSelected={(s) => s.id === selectedId}
      virtual={{ rowHeight: ROW_HEIGHT, scrollClassName: 'soup-scroll' }}
    />
  );
}
