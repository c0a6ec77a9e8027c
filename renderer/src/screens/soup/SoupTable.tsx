import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { SoupView } from '../../../../shared/api/soup-types';
import { useSoupStore } from '../../stores/soup-store';

/** Fixed row height keeps the scroll height exact however many packages a lockfile brings. */
const ROW_HEIGHT = 40;

/** The list, virtualised: a full lockfile's transitive packages can run to thousands of rows. */
export function SoupTable({ rows }: { rows: SoupView[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedId = useSoupStore((s) => s.selectedId);
  const select = useSoupStore((s) => s.select);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself.
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  if (rows.length === 0) return <p className="muted">No SOUP item matches these filters.</p>;
  return (
    <div ref={scrollRef} className="soup-scroll">
      <table className="table soup-table">
        <caption className="visually-hidden">SOUP items, {rows.length} shown</caption>
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Name</th>
            <th scope="col">Version</th>
            <th scope="col">Class</th>
            <th scope="col">Risk</th>
            <th scope="col">Used by</th>
            <th scope="col">Missing</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((v) => {
            const s = rows[v.index] as SoupView;
            return (
              <tr key={s.id} className={s.id === selectedId ? 'selected' : undefined} style={{ height: ROW_HEIGHT }}>
                <th scope="row">{s.humanId}</th>
                <td>
                  <button type="button" className="link-button" aria-pressed={s.id === selectedId} onClick={() => select(s.id)}>
                    {s.name}
                  </button>
                  {!s.direct && <span className="muted small"> transitive</span>}
                </td>
                <td>{s.version}</td>
                <td>
                  <span className={`badge class-badge class-${s.safetyClass.toLowerCase()}`}>Class {s.safetyClass}</span>
                </td>
                <td>{s.riskLevel || '—'}</td>
                <td>{s.usedBy.length ? s.usedBy.map((u) => u.humanId).join(', ') : <span className="muted">none</span>}</td>
                <td>{s.missing.length ? <span className="soup-missing">{s.missing.length} missing</span> : <span className="muted">complete</span>}</td>
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
