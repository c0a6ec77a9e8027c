import { flexRender, type Table } from '@tanstack/react-table';
import type { AuditRow } from '../../../../shared/api/audit-types';

const SORT_NAMES = { asc: 'ascending', desc: 'descending' } as const;

/** Column headers; a sortable header is a button so it is reachable and operable from the keyboard. */
export function GridHeader({ table }: { table: Table<AuditRow> }) {
  return (
    <div role="rowgroup" className="grid-head">
      {table.getHeaderGroups().map((group) => (
        <div key={group.id} role="row" className="grid-row" aria-rowindex={1}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const label = flexRender(header.column.columnDef.header, header.getContext());
            return (
              <div key={header.id} role="columnheader" className="grid-cell" aria-sort={sorted ? SORT_NAMES[sorted] : header.column.getCanSort() ? 'none' : undefined}>
                {header.column.getCanSort() ? (
                  <button type="button" className="grid-sort" onClick={header.column.getToggleSortingHandler()}>
                    {label}
                    <span className="grid-sort-mark" aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                ) : (
                  label
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
