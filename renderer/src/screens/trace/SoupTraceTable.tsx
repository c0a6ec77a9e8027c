import type { TraceMatrix } from '../../../../shared/api/trace-types';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { LinkedList } from './LinkedList';

type SoupTraceRow = TraceMatrix['soup'][number];

const COLUMNS: DataColumn<SoupTraceRow>[] = [
  {
    id: 'soup',
    header: 'SOUP',
    rowHeader: true,
    sortValue: (s) => s.humanId,
    cell: (s) => (
      <>
        <span className="mono">{s.humanId}</span> {s.title}
      </>
    ),
  },
  { id: 'version', header: 'Version', className: 'mono', cell: (s) => s.version },
  { id: 'usedBy', header: 'Used by', sortValue: (s) => s.items.length, cell: (s) => <LinkedList linked={s.items} empty="none" /> },
];

/** Direct SOUP and the software items that use it (62304 5.3.3 and 8.1.2). */
export function SoupTraceTable({ soup }: { soup: TraceMatrix['soup'] }) {
  if (soup.length === 0) return <p className="muted">No SOUP recorded yet.</p>;
  return <DataTable caption="SOUP and the software items that use it" rows={soup} columns={COLUMNS} rowKey={(s) => s.id} />;
}
