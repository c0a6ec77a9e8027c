import type { CSSProperties } from 'react';
import { useRiskStore } from '../../stores/risk-store';
import type { RiskColumn } from './risk-columns';

const SORT_NAMES = { asc: 'ascending', desc: 'descending' } as const;

/** The header row: every column is a sort button that toggles its direction. */
export function RiskGridHead({ columns, style }: { columns: RiskColumn[]; style: CSSProperties }) {
  const sort = useRiskStore((s) => s.view.sort);
  const setView = useRiskStore((s) => s.setView);
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" className="grid-row risk-row" aria-rowindex={1} style={style}>
        {columns.map((column) => {
          const sorted = sort.column === column.id ? sort.dir : undefined;
          return (
            <div key={column.id} role="columnheader" className="grid-cell" aria-sort={sorted ? SORT_NAMES[sorted] : 'none'}>
              <button type="button" className="grid-sort" onClick={() => setView({ sort: { column: column.id, dir: sorted === 'asc' ? 'desc' : 'asc' } })}>
                {column.header}
                <span className="grid-sort-mark" aria-hidden="true">
                  {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
