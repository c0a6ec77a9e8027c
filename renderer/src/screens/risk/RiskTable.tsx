import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { RiskRow } from '../../../../shared/api/risk-types';
import type { RiskSortColumn } from '../../../../shared/risk/table-view';
import { useRiskStore } from '../../stores/risk-store';
import { probabilityText, verdictClass, verdictText } from './risk-format';

/** Fixed row height keeps the scroll height exact for thousands of chains; long text is cut with an ellipsis. */
const ROW_HEIGHT = 44;
const SORT_NAMES = { asc: 'ascending', desc: 'descending' } as const;

function SortHeader({ column, children }: { column: RiskSortColumn; children: string }) {
  const sort = useRiskStore((s) => s.view.sort);
  const setView = useRiskStore((s) => s.setView);
  const sorted = sort.column === column ? sort.dir : undefined;
  return (
    <th scope="col" aria-sort={sorted ? SORT_NAMES[sorted] : 'none'}>
      <button type="button" className="grid-sort" onClick={() => setView({ sort: { column, dir: sorted === 'asc' ? 'desc' : 'asc' } })}>
        {children}
        <span className="grid-sort-mark" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}

function controlsText(row: RiskRow): string {
  return row.controls.map((c) => `${c.humanId} ${c.name}${c.requirements.length ? ` (${c.requirements.map((r) => r.humanId).join(', ')})` : ' (no requirement)'}`).join('; ');
}

/** Every chain of the analysis in one virtualised table; the ID button opens the chain beside it. */
export function RiskTable({ rows }: { rows: RiskRow[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedId = useRiskStore((s) => s.selectedId);
  const select = useRiskStore((s) => s.select);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself.
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  if (rows.length === 0) return <p className="muted">No risk chain matches. Add a chain, or clear the filters.</p>;
  return (
    <div ref={scrollRef} className="risk-scroll" data-testid="risk-scroll">
      <table className="table risk-table">
        <caption className="visually-hidden">Risk chains, {rows.length} shown</caption>
        <thead>
          <tr>
            <SortHeader column="id">ID</SortHeader>
            <SortHeader column="hazard">Hazard</SortHeader>
            <th scope="col">Hazardous situation</th>
            <th scope="col">Harm</th>
            <th scope="col">P</th>
            <th scope="col">S</th>
            <SortHeader column="initial">Initial risk</SortHeader>
            <th scope="col">Controls (requirements)</th>
            <th scope="col">Residual P</th>
            <th scope="col">Residual S</th>
            <SortHeader column="residual">Residual risk</SortHeader>
            <SortHeader column="open">Open</SortHeader>
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((v) => {
            const r = rows[v.index] as RiskRow;
            const controls = controlsText(r);
            return (
              <tr key={r.id} className={r.id === selectedId ? 'selected' : undefined} style={{ height: ROW_HEIGHT }}>
                <th scope="row">
                  <button type="button" className="link-button" aria-pressed={r.id === selectedId} onClick={() => select(r.id)}>
                    {r.humanId}
                  </button>
                </th>
                <td className="risk-text" title={r.hazard.name}>
                  {r.hazard.name}
                </td>
                <td className="risk-text" title={r.situation.name}>
                  {r.situation.name}
                </td>
                <td className="risk-text" title={r.harm.name}>
                  {r.harm.name}
                </td>
                <td>{probabilityText(r.initial)}</td>
                <td>S{r.initial.s}</td>
                <td>
                  <span className={verdictClass(r.initial)}>{verdictText(r.initial)}</span>
                </td>
                <td className="risk-text risk-text-wide" title={controls}>
                  {controls || <span className="muted">none</span>}
                </td>
                <td>{probabilityText(r.residual)}</td>
                <td>{r.residual ? `S${r.residual.s}` : '—'}</td>
                <td>
                  <span className={verdictClass(r.residual)}>{verdictText(r.residual)}</span>
                </td>
                <td title={r.open.join(' ')}>{r.open.length ? <span className="soup-missing">{r.open.length} open</span> : <span className="muted">none</span>}</td>
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
