import { useMemo } from 'react';
import type { ProblemView } from '../../../../shared/api/problems-types';
import { CRITICALITIES } from '../../../../shared/changes/problem-trend';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { idColumn, selectableTitleColumn } from '../../components/data-columns';
import { useProblemsStore } from '../../stores/problems-store';

const safetyText = (p: ProblemView) => (p.affectsSafety === null ? 'not evaluated' : p.affectsSafety ? 'affects safety' : 'no effect on safety');

function columns(selectedId: number | null, select: (id: number) => void): DataColumn<ProblemView>[] {
  return [
    idColumn(),
    selectableTitleColumn(selectedId, select, (p) => (
      <span className="muted small">
        {' '}
        · {p.type}, {p.source}
      </span>
    )),
    // Most critical first when sorted ascending, as the list of criticalities runs.
    {
      id: 'criticality',
      header: 'Criticality',
      sortValue: (p) => CRITICALITIES.indexOf(p.criticality),
      cell: (p) => <span className={`badge criticality-${p.criticality}`}>{p.criticality}</span>,
    },
    { id: 'safety', header: 'Safety', sortValue: safetyText, cell: safetyText },
    { id: 'status', header: 'Status', sortValue: (p) => p.status, cell: (p) => p.status },
  ];
}

/** The problem reports, newest first; the title opens one. */
export function ProblemTable({ problems }: { problems: ProblemView[] }) {
  const selectedId = useProblemsStore((s) => s.selectedId);
  const select = useProblemsStore((s) => s.select);
  const shown = useMemo(() => columns(selectedId, select), [selectedId, select]);
  if (problems.length === 0) return <p className="muted">No problem reports yet.</p>;
  return (
    <DataTable
      caption={`Problem reports, ${problems.length} in all`}
      rows={problems}
      columns={shown}
      rowKey={(p) => p.id}
      className="problem-table"
      isSelected={(p) => p.id === selectedId}
    />
  );
}
