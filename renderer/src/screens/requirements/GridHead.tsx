import { useRequirementsStore } from '../../stores/requirements-store';
import { REQUIREMENT_COLUMNS } from './requirement-columns';

const SORT_NAMES = { asc: 'ascending', desc: 'descending' } as const;

/** Column headers; a sortable one is a button that sorts on the server, toggling the direction. */
export function GridHead() {
  const sort = useRequirementsStore((s) => s.sort);
  const setSort = useRequirementsStore((s) => s.setSort);
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" className="grid-row req-row" aria-rowindex={1}>
        {REQUIREMENT_COLUMNS.map((column) => {
          const sorted = column.sort && sort.column === column.sort ? sort.dir : undefined;
          return (
            <div key={column.id} role="columnheader" className="grid-cell" aria-sort={sorted ? SORT_NAMES[sorted] : column.sort ? 'none' : undefined}>
              {column.sort ? (
                <button type="button" className="grid-sort" onClick={() => column.sort && void setSort({ column: column.sort, dir: sorted === 'asc' ? 'desc' : 'asc' })}>
                  {column.header}
                  <span className="grid-sort-mark" aria-hidden="true">
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                  </span>
                </button>
              ) : column.id === 'select' ? (
                <span className="visually-hidden">{column.header}</span>
              ) : (
                column.header
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
