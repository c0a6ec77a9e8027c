import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { TraceMatrixRow } from '../../../../shared/api/trace-types';
import { relationPhrase } from '../../../../shared/requirements/relation-kinds';
import { LinkedList } from './LinkedList';

/** Matches .trace-grid-row's height in trace.css, so the scroll height is exact for any number of rows. */
const ROW_HEIGHT = 40;

function verifiedBy(row: TraceMatrixRow) {
  if (row.tests.length > 0) return <LinkedList linked={row.tests} empty="" />;
  if (!row.verificationMethod) return <span className="trace-missing">none</span>;
  return <span className="muted">{row.verificationMethod} (no test linked yet)</span>;
}

/** Requirement → item, risk control and verification, virtualised so ten thousand rows scroll smoothly. */
export function TraceMatrixGrid({ rows }: { rows: TraceMatrixRow[] }) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    if (!needle) return rows;
    return rows.filter((r) => `${r.humanId} ${r.title} ${r.items.map((i) => i.humanId).join(' ')}`.toLowerCase().includes(needle));
  }, [rows, filter]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself.
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });

  return (
    <div className="stack">
      <label className="field trace-filter">
        <span className="field-label">Filter requirements</span>
        <input className="input" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="ID, title or item" />
      </label>
      <p className="muted small" role="status">
        {shown.length} of {rows.length} requirements
      </p>
      <div role="table" aria-label="Trace matrix" aria-rowcount={shown.length + 1} className="trace-grid">
        <div role="rowgroup">
          <div role="row" className="trace-grid-row trace-grid-head" aria-rowindex={1}>
            <span role="columnheader">Requirement</span>
            <span role="columnheader">Type</span>
            <span role="columnheader">Software items</span>
            <span role="columnheader">Risk controls</span>
            <span role="columnheader">Verified by</span>
            <span role="columnheader">Related requirements</span>
          </div>
        </div>
        <div ref={scrollRef} className="trace-grid-scroll" role="rowgroup" tabIndex={0} aria-label="Trace matrix rows, scrollable">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = shown[item.index];
              if (!row) return null;
              return (
                <div
                  key={row.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="trace-grid-row"
                  data-testid={`trace-row-${row.humanId}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                >
                  <span role="cell" className="trace-req" title={row.title}>
                    <span className="mono">{row.humanId}</span> {row.title}
                    {row.riskControl && <span className="badge badge-muted">risk control</span>}
                  </span>
                  <span role="cell">{row.type}</span>
                  <span role="cell">
                    <LinkedList linked={row.items} empty="none" />
                  </span>
                  <span role="cell">
                    <LinkedList linked={row.riskControls} empty={row.riskControl ? 'none' : '—'} required={row.riskControl} />
                  </span>
                  <span role="cell">{verifiedBy(row)}</span>
                  <span role="cell">
                    <LinkedList linked={row.relations.map((r) => ({ ...r, humanId: relationPhrase(r) }))} empty="—" required={false} />
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
