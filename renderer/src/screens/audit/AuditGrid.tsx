import { flexRender, getCoreRowModel, useReactTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AuditRow } from '../../../../shared/api/audit-types';
import { rowAt, useAuditStore, type AuditSortColumn } from '../../stores/audit-store';
import { AUDIT_COLUMNS, CELL_CLASS } from './audit-columns';
import { GridHeader } from './GridHeader';

/** Matches --row-height in audit.css; fixed so the scroll height is exact for any number of rows. */
const ROW_HEIGHT = 34;
/** Scrolling fast through 100k rows would otherwise request every page passed on the way. */
const FETCH_DELAY_MS = 60;

/**
 * The audit trail as an ARIA grid: only the rows in view exist in the DOM, and only the pages they need
 * are fetched. The scroll height always reflects the full `total`, so the scrollbar tells the truth.
 */
export function AuditGrid() {
  const total = useAuditStore((state) => state.total);
  const pages = useAuditStore((state) => state.pages);
  const sort = useAuditStore((state) => state.sort);
  const filter = useAuditStore((state) => state.filter);
  const generation = useAuditStore((state) => state.generation);
  const selectedSeq = useAuditStore((state) => state.selected?.seq);
  const { ensureRange, setSort, select } = useAuditStore.getState();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const count = total ?? 0;

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (total === null || total === 0) return;
    const timer = setTimeout(() => void ensureRange(first, last), FETCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [first, last, total, generation, ensureRange]);

  // A new sort or filter is a new list: start at its top.
  useEffect(() => {
    setActive(0);
    scrollRef.current?.scrollTo({ top: 0 });
  }, [sort, filter]);

  // react-table needs a stable data array: a new one on every render makes it reset state and render again.
  const visible = useMemo(() => items.map((item) => rowAt(pages, item.index)).filter((row): row is AuditRow => row !== undefined), [items, pages]);
  const sorting: SortingState = [{ id: sort.column, desc: sort.dir === 'desc' }];
  const table = useReactTable({
    data: visible,
    columns: AUDIT_COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.seq),
    manualSorting: true,
    // Paging, filtering and expansion live on the server; nothing of react-table's own may reset itself.
    autoResetAll: false,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
      if (next) void setSort({ column: next.id as AuditSortColumn, dir: next.desc ? 'desc' : 'asc' });
    },
  });
  const rowsById = table.getRowModel().rowsById;

  // Roving tabindex: the active row is the grid's one tab stop, or the first row in view if it scrolled away.
  const tabStop = active >= first && active <= last ? active : first;

  useEffect(() => {
    if (!focusPending.current) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    element?.focus({ preventScroll: true });
    // Cleared only once focus has landed, so a re-render in between cannot swallow the move.
    if (element && document.activeElement === element) focusPending.current = false;
  });

  function move(index: number) {
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    focusPending.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number) {
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Partial<Record<string, number>> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + pageRows,
      PageUp: index - pageRows,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      move(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const row = rowAt(pages, index);
      if (row) select(row);
    }
  }

  return (
    <div className="grid" role="grid" aria-label="Audit trail" aria-rowcount={count + 1} aria-colcount={AUDIT_COLUMNS.length}>
      <GridHeader table={table} />
      <div className="grid-body" ref={scrollRef} role="rowgroup" data-testid="audit-scroll">
        {total === 0 && <div className="grid-empty">No audit rows match these filters.</div>}
        <div className="grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const data = rowAt(pages, item.index);
            const row = data ? rowsById[String(data.seq)] : undefined;
            return (
              <div
                key={item.key}
                role="row"
                className="grid-row"
                data-index={item.index}
                aria-rowindex={item.index + 2}
                aria-selected={data ? data.seq === selectedSeq : false}
                tabIndex={item.index === tabStop ? 0 : -1}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setActive(item.index);
                  if (data) select(data);
                }}
                onKeyDown={(event) => onKeyDown(event, item.index)}
              >
                {row ? (
                  row.getVisibleCells().map((cell) => (
                    <div key={cell.id} role="gridcell" className={['grid-cell', CELL_CLASS[cell.column.id]].filter(Boolean).join(' ')}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </div>
                  ))
                ) : (
                  <div role="gridcell" className="grid-cell grid-loading">
                    Loading…
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
