import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { RiskRow } from '../../../../shared/api/risk-types';
import { groupRiskRows, type RiskLine } from '../../../../shared/risk/table-groups';
import { useRiskStore } from '../../stores/risk-store';
import { CellEditor } from '../requirements/CellEditor';
import { levelChoices, levelValue, riskColumns, type RiskColumn } from './risk-columns';
import { RiskCellContent } from './RiskCellContent';
import { RiskGridHead } from './RiskGridHead';
import { gridMove, type GridPlace } from '../../grid/grid-keys';

/** Fixed row height keeps the scroll height exact for thousands of chains; long text is cut with an ellipsis. */
const ROW_HEIGHT = 40;

type Place = GridPlace;

/**
 * Every chain of the analysis as one virtualised ARIA grid, optionally under collapsible group headers.
 * One cell is the tab stop; arrows, Home/End (Ctrl for the first/last row) and Page keys move it. Enter or
 * F2 on a P or S cell edits it with the plan's scale (Enter saves, Escape cancels); Enter elsewhere opens
 * the chain beside the table, and on a group header folds or unfolds the group.
 */
export function RiskTable({ rows }: { rows: RiskRow[] }) {
  const mode = useRiskStore((s) => s.plan?.scales.probabilityMode ?? 'p1p2');
  const scales = useRiskStore((s) => s.plan?.scales);
  const group = useRiskStore((s) => s.view.group);
  const selectedId = useRiskStore((s) => s.selectedId);
  const { select, setLevel } = useRiskStore.getState();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const lines = useMemo(() => groupRiskRows(rows, group, collapsed), [rows, group, collapsed]);
  const columns = useMemo(() => riskColumns(mode), [mode]);
  const template = { gridTemplateColumns: columns.map((c) => c.width).join(' ') };
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Place>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Place | null>(null);
  const focusPending = useRef(false);

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself.
  const virtualizer = useVirtualizer({ count: lines.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const tabRow = active.row >= first && active.row <= last && active.row < lines.length ? active.row : first;

  useEffect(() => {
    if (!focusPending.current || editing) return;
    const body = scrollRef.current;
    const cell = body?.querySelector<HTMLElement>(`[data-cell="${active.row}:${active.col}"]`) ?? body?.querySelector<HTMLElement>(`[data-cell="${active.row}:group"]`);
    cell?.focus({ preventScroll: true });
    if (cell && document.activeElement === cell) focusPending.current = false;
  });

  function move(row: number, col: number) {
    const next = { row: Math.max(0, Math.min(lines.length - 1, row)), col: Math.max(0, Math.min(columns.length - 1, col)) };
    setActive(next);
    focusPending.current = true;
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
  }

  function toggleGroup(key: string) {
    const next = new Set(collapsed);
    if (!next.delete(key)) next.add(key);
    setCollapsed(next);
  }

  function activate(place: Place, line: RiskLine, column: RiskColumn | undefined) {
    if (line.kind === 'group') toggleGroup(line.key);
    else if (column?.level && scales) setEditing(place);
    else select(line.row.id);
  }

  function onKeyDown(event: KeyboardEvent, place: Place, line: RiskLine) {
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const target = gridMove(event.key, place, event.ctrlKey, pageRows, lines.length, columns.length);
    if (target) {
      event.preventDefault();
      move(target.row, target.col);
    } else if (event.key === 'Enter' || event.key === 'F2' || (event.key === ' ' && line.kind === 'group')) {
      event.preventDefault();
      activate(place, line, columns[place.col]);
    }
  }

  async function commit(row: RiskRow, column: RiskColumn, value: string) {
    setEditing(null);
    focusPending.current = true;
    // A refusal is shown by the store above the table; the cell keeps the stored level.
    if (column.level) await setLevel(row, column.level, Number(value)).catch(() => undefined);
  }

  function cancelEdit() {
    setEditing(null);
    focusPending.current = true;
  }

  if (rows.length === 0) return <p className="muted">No risk chain matches. Add a chain, or clear the filters.</p>;
  return (
    <div className="grid risk-grid" role="grid" aria-label="Risk chains" aria-rowcount={lines.length + 1} aria-colcount={columns.length}>
      <RiskGridHead columns={columns} style={template} />
      <div className="grid-body" ref={scrollRef} role="rowgroup" data-testid="risk-scroll">
        <div className="grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const line = lines[item.index] as RiskLine;
            const position = { transform: `translateY(${item.start}px)` };
            if (line.kind === 'group') {
              return (
                <div key={line.key} role="row" className="grid-row risk-group-row" aria-rowindex={item.index + 2} style={position}>
                  {/* aria-expanded belongs on the cell: a grid row may carry it only in a treegrid. */}
                  <div
                    role="gridcell"
                    aria-expanded={!line.collapsed}
                    aria-colspan={columns.length}
                    data-cell={`${item.index}:group`}
                    className="grid-cell risk-grid-cell"
                    tabIndex={item.index === tabRow ? 0 : -1}
                    onClick={() => {
                      setActive({ row: item.index, col: active.col });
                      toggleGroup(line.key);
                    }}
                    onKeyDown={(event) => onKeyDown(event, { row: item.index, col: active.col }, line)}
                  >
                    <span aria-hidden="true">{line.collapsed ? '▸' : '▾'}</span>
                    <strong>{line.label}</strong>
                    <span className="muted">
                      · {line.count} {line.count === 1 ? 'chain' : 'chains'}
                    </span>
                  </div>
                </div>
              );
            }
            const row = line.row;
            return (
              <div
                key={line.key}
                role="row"
                className="grid-row risk-row"
                aria-rowindex={item.index + 2}
                aria-selected={row.id === selectedId}
                style={{ ...template, ...position }}
              >
                {columns.map((column, col) => {
                  const place = { row: item.index, col };
                  const isEditing = editing?.row === item.index && editing.col === col && column.level !== undefined && scales !== undefined;
                  return (
                    <div
                      key={column.id}
                      role={column.kind === 'id' ? 'rowheader' : 'gridcell'}
                      data-cell={`${item.index}:${col}`}
                      className={`grid-cell risk-grid-cell${column.level ? ' risk-grid-level' : ''}`}
                      tabIndex={item.index === tabRow && col === active.col ? 0 : -1}
                      aria-readonly={column.level ? undefined : true}
                      onClick={() => setActive(place)}
                      onDoubleClick={() => activate(place, line, column)}
                      onKeyDown={(event) => onKeyDown(event, place, line)}
                    >
                      {isEditing && column.level && scales ? (
                        <CellEditor
                          editor={{ kind: 'choice', choices: levelChoices(scales, column.level.part) }}
                          label={`${column.header} of ${row.humanId}`}
                          initial={String(levelValue(row, column.level) ?? '')}
                          onCommit={(value) => void commit(row, column, value)}
                          onCancel={cancelEdit}
                        />
                      ) : (
                        <RiskCellContent column={column} row={row} selected={row.id === selectedId} onOpen={() => select(row.id)} />
                      )}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
