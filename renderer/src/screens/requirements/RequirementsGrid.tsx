import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Requirement } from '../../../../shared/api/requirements-types';
import { rowAt, useRequirementsStore } from '../../stores/requirements-store';
import { CellEditor } from './CellEditor';
import { GridHead } from './GridHead';
import { REQUIREMENT_COLUMNS, type RequirementColumn } from './requirement-columns';
import { RequirementCell } from './RequirementCell';
import { gridMove, type GridPlace } from '../../grid/grid-keys';

/** Matches --row-height: fixed, so the scroll height is exact for any number of rows. */
const ROW_HEIGHT = 34;
/** Fast scrolling through 10k rows would otherwise request every page passed on the way. */
const FETCH_DELAY_MS = 50;

type Place = GridPlace;

/**
 * The requirements as an editable ARIA grid. Only rows in view exist in the DOM and only their pages are
 * fetched. One cell is the tab stop; arrows, Home/End and Page keys move it; Enter or F2 edits it (on the
 * ID it opens the detail panel), Escape cancels, Space selects the row for bulk editing. A click on a row
 * opens its detail panel; a double click edits the cell in place.
 */
export function RequirementsGrid({ onPickItems }: { onPickItems: (requirement: Requirement) => void }) {
  const total = useRequirementsStore((s) => s.total);
  const pages = useRequirementsStore((s) => s.pages);
  const sort = useRequirementsStore((s) => s.sort);
  const filter = useRequirementsStore((s) => s.filter);
  const generation = useRequirementsStore((s) => s.generation);
  const selected = useRequirementsStore((s) => s.selected);
  const detailId = useRequirementsStore((s) => s.detailId);
  const { ensureRange, toggle, update, openDetail } = useRequirementsStore.getState();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Place>({ row: 0, col: 1 });
  const [editing, setEditing] = useState<Place | null>(null);
  const focusPending = useRef(false);
  const count = total ?? 0;

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself.
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (!total) return;
    const timer = setTimeout(() => void ensureRange(first, last), FETCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [first, last, total, generation, ensureRange]);

  useEffect(() => {
    setActive((a) => ({ ...a, row: 0 }));
    setEditing(null);
    scrollRef.current?.scrollTo({ top: 0 });
  }, [sort, filter]);

  useEffect(() => {
    if (!focusPending.current || editing) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${active.row}:${active.col}"]`);
    cell?.focus({ preventScroll: true });
    if (cell && document.activeElement === cell) focusPending.current = false;
  });

  const tabRow = active.row >= first && active.row <= last ? active.row : first;

  function move(row: number, col: number) {
    const next = { row: Math.max(0, Math.min(count - 1, row)), col: Math.max(0, Math.min(REQUIREMENT_COLUMNS.length - 1, col)) };
    setActive(next);
    focusPending.current = true;
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
  }

  /** Enter or a double click: the cell's own editor, or (on a cell with none, such as the ID) the requirement's detail panel. */
  function startEdit(place: Place, requirement: Requirement | undefined, fromKeyboard: boolean) {
    const column = REQUIREMENT_COLUMNS[place.col];
    if (!requirement || !column) return;
    if (column.editor.kind === 'items') onPickItems(requirement);
    else if (column.editor.kind !== 'none') setEditing(place);
    else openDetail(requirement.id, fromKeyboard);
  }

  function onKeyDown(event: KeyboardEvent, place: Place, requirement: Requirement | undefined) {
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const target = gridMove(event.key, place, event.ctrlKey, pageRows, count, REQUIREMENT_COLUMNS.length);
    if (target) {
      event.preventDefault();
      move(target.row, target.col);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEdit(place, requirement, true);
    } else if (event.key === ' ' && requirement) {
      event.preventDefault();
      toggle(requirement.id);
    }
  }

  async function commit(requirement: Requirement, column: RequirementColumn, value: string) {
    setEditing(null);
    focusPending.current = true;
    if (column.field) await update(requirement.id, { [column.field]: value }).catch(() => undefined);
  }

  return (
    <div className="grid req-grid" role="grid" aria-label="Software requirements" aria-rowcount={count + 1} aria-colcount={REQUIREMENT_COLUMNS.length} aria-multiselectable="true">
      <GridHead />
      <div className="grid-body" ref={scrollRef} role="rowgroup" data-testid="requirements-scroll">
        {total === 0 && <div className="grid-empty">No requirements match. Add one, or import a CSV or ReqIF file.</div>}
        <div className="grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const requirement = rowAt(pages, item.index);
            return (
              <div
                key={item.key}
                role="row"
                className={`grid-row req-row${requirement?.id === detailId ? ' req-row-open' : ''}`}
                aria-rowindex={item.index + 2}
                aria-selected={requirement ? selected.has(requirement.id) : false}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {requirement ? (
                  REQUIREMENT_COLUMNS.map((column, col) => {
                    const place = { row: item.index, col };
                    const isEditing =
                      editing?.row === item.index && editing.col === col && column.field !== undefined && (column.editor.kind === 'text' || column.editor.kind === 'choice');
                    return (
                      <div
                        key={column.id}
                        role="gridcell"
                        data-cell={`${item.index}:${col}`}
                        className={`grid-cell req-cell req-cell-${column.id}${column.field && requirement.missing.includes(column.field) ? ' req-cell-missing' : ''}`}
                        tabIndex={item.index === tabRow && col === active.col ? 0 : -1}
                        aria-readonly={column.editor.kind === 'none' ? true : undefined}
                        onClick={(event) => {
                          setActive(place);
                          // A click anywhere on the row shows the whole requirement, except on its selection box.
                          if (!(event.target instanceof HTMLInputElement)) openDetail(requirement.id);
                        }}
                        onDoubleClick={() => startEdit(place, requirement, false)}
                        onKeyDown={(event) => onKeyDown(event, place, requirement)}
                      >
                        {isEditing && column.field && (column.editor.kind === 'text' || column.editor.kind === 'choice') ? (
                          <CellEditor
                            editor={column.editor}
                            label={`${column.header} of ${requirement.humanId}`}
                            initial={requirement[column.field]}
                            onCommit={(value) => void commit(requirement, column, value)}
                            onCancel={() => {
                              setEditing(null);
                              focusPending.current = true;
                            }}
                          />
                        ) : (
                          <RequirementCell column={column} requirement={requirement} selected={selected.has(requirement.id)} onToggle={() => toggle(requirement.id)} />
                        )}
                      </div>
                    );
                  })
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
