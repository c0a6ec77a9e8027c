import { useMemo, useState } from 'react';
import type { TraceMatrixRow } from '../../../../shared/api/trace-types';
import { relationPhrase } from '../../../../shared/requirements/relation-kinds';
import { naturalKey } from '../../grid/natural-key';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { LinkedList } from './LinkedList';

/** Matches .trace-table's row height in trace.css, so the scroll height is exact for any number of rows. */
const ROW_HEIGHT = 40;

function verifiedBy(row: TraceMatrixRow) {
  if (row.tests.length > 0) return <LinkedList linked={row.tests} empty="" />;
  if (!row.verificationMethod) return <span className="trace-missing">none</span>;
  return <span className="muted">{row.verificationMethod} (no test linked yet)</span>;
}

const COLUMNS: DataColumn<TraceMatrixRow>[] = [
  {
    id: 'requirement',
    header: 'Requirement',
    rowHeader: true,
    className: 'trace-req',
    sortValue: (r) => naturalKey(r.humanId),
    cell: (r) => (
      <span title={r.title}>
        <span className="mono">{r.humanId}</span> {r.title}
        {r.riskControl && <span className="badge badge-muted">risk control</span>}
      </span>
    ),
  },
  { id: 'type', header: 'Type', className: 'trace-type', sortValue: (r) => r.type, cell: (r) => r.type },
  { id: 'items', header: 'Software items', sortValue: (r) => r.items.length, cell: (r) => <LinkedList linked={r.items} empty="none" /> },
  {
    id: 'controls',
    header: 'Risk controls',
    sortValue: (r) => r.riskControls.length,
    cell: (r) => <LinkedList linked={r.riskControls} empty={r.riskControl ? 'none' : '—'} required={r.riskControl} />,
  },
  { id: 'verified', header: 'Verified by', sortValue: (r) => r.tests.length, cell: verifiedBy },
  {
    id: 'related',
    header: 'Related requirements',
    cell: (r) => <LinkedList linked={r.relations.map((rel) => ({ ...rel, humanId: relationPhrase(rel) }))} empty="—" required={false} />,
  },
];

/** Requirement → item, risk control and verification; only the rows in view are drawn, so ten thousand scroll smoothly. */
export function TraceMatrixTable({ rows }: { rows: TraceMatrixRow[] }) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    if (!needle) return rows;
    return rows.filter((r) => `${r.humanId} ${r.title} ${r.items.map((i) => i.humanId).join(' ')}`.toLowerCase().includes(needle));
  }, [rows, filter]);

  return (
    <div className="stack">
      <label className="field trace-filter">
        <span className="field-label">Filter requirements</span>
        <input className="input" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="ID, title or item" />
      </label>
      <p className="muted small" role="status">
        {shown.length} of {rows.length} requirements
      </p>
      <DataTable
        caption="Trace matrix"
        rows={shown}
        columns={COLUMNS}
        rowKey={(r) => r.id}
        className="trace-table"
        virtual={{ rowHeight: ROW_HEIGHT, scrollClassName: 'trace-scroll' }}
      />
    </div>
  );
}
