import { getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { tableRowMove } from '../grid/table-keys';

/** One column of a data table: its header, what a cell shows, and the value it sorts by (none: not sortable). */
export interface DataColumn<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  sortValue?: (row: T) => string | number;
  /** The column that names the row: its cells are row headers, read out with every other cell. */
  rowHeader?: boolean;
  /** The header is read out but not shown (a column of row actions needs no visible title). */
  headerHidden?: boolean;
  className?: string;
}

export type SortDirection = 'asc' | 'desc';

/**
 * Rows that live on the server (a 100k-row audit trail): how many match, the row at an index once its page
 * has come (undefined: still loading), the window in view so its pages are fetched, and the order the
 * server sorts by, which a header press changes. Needs `virtual`.
 */
export interface PagedRows<T> {
  count: number;
  rowAt: (index: number) => T | undefined;
  onRangeChange: (first: number, last: number) => void;
  sort: { column: string; dir: SortDirection };
  /** The columns the server can sort by. */
  sortable: readonly string[];
  onSort: (column: string, dir: SortDirection) => void;
}

interface DataTableProps<T> {
  /** Read by screen readers before the table, e.g. "Problem reports, 4 in all". */
  caption: string;
  /** Shows the caption as the table's title instead of keeping it for screen readers only. */
  captionVisible?: boolean;
  rows?: readonly T[];
  paged?: PagedRows<T>;
  columns: readonly DataColumn<T>[];
  rowKey: (row: T) => string | number;
  className?: string;
  /** Marks one row as the one chosen (its detail is open beside the table). */
  isSelected?: (row: T) => boolean;
  /** For rows that hold no button of their own: a click, Enter or Space on the row chooses it, and the rows are the tab stop. */
  onActivate?: (row: T) => void;
  rowClassName?: (row: T) => string | undefined;
  /** A test id on each row, for end-to-end specs that find a record's row by its ID. */
  rowTestId?: (row: T) => string;
  /** Only the rows in view are drawn, at this fixed height, inside a scroll box of this class: for lists that run to thousands. */
  virtual?: { rowHeight: number; scrollClassName: string };
}

const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]';
const NO_ROWS: readonly never[] = [];

/** aria-sort of a column: a screen reader says which column orders the rows and which way. */
function ariaSort(direction: false | SortDirection): 'ascending' | 'descending' | 'none' {
  return direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
}

/**
 * Every list of records in Cairn: a real <table> with a caption and column headers, the naming column as
 * row headers, sortable columns (a button in the header, aria-sort on it: ascending, descending, back to
 * the list's own order; or the server's order for paged rows), Up/Down/Page/Home/End moving focus between
 * rows, and, for long lists, only the rows in view drawn.
 */
export function DataTable<T>({
  caption,
  captionVisible,
  rows = NO_ROWS,
  paged,
  columns,
  rowKey,
  className,
  isSelected,
  onActivate,
  rowClassName,
  rowTestId,
  virtual,
}: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const defs = useMemo<ColumnDef<T>[]>(
    () => columns.map((c) => ({ id: c.id, enableSorting: c.sortValue !== undefined, ...(c.sortValue ? { accessorFn: c.sortValue } : {}) })),
    [columns],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the table instance is read during render only.
  const table = useReactTable({
    data: rows as T[],
    columns: defs,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (row) => String(rowKey(row)),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const sorted = table.getRowModel().rows;
  const count = paged ? paged.count : sorted.length;
  const rowAt = (index: number) => (paged ? paged.rowAt(index) : sorted[index]?.original);

  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => virtual?.rowHeight ?? 0,
    overscan: 12,
    enabled: virtual !== undefined,
  });
  const items = virtual ? virtualizer.getVirtualItems() : sorted.map((_, index) => ({ index, start: 0, end: 0 }));
  const before = virtual ? (items[0]?.start ?? 0) : 0;
  const after = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const onRangeChange = paged?.onRangeChange;
  useEffect(() => {
    if (count > 0) onRangeChange?.(first, last);
  }, [first, last, count, onRangeChange]);

  // Rows chosen by pressing them are the tab stop: the last one focused, or the first in view once it scrolled away.
  const [active, setActive] = useState(0);
  const tabStop = active >= first && active <= last && active < count ? active : first;

  // The row keyboard focus is moving to; in a long list it may be drawn only after the scroll.
  const pendingFocus = useRef<number | null>(null);
  const focusPending = () => {
    const index = pendingFocus.current;
    const row = index === null ? null : bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (!row) return;
    pendingFocus.current = null;
    (row.querySelector<HTMLElement>(FOCUSABLE) ?? row).focus({ preventScroll: virtual !== undefined });
  };
  useEffect(focusPending);

  const indexOf = (target: EventTarget) => (target as HTMLElement).closest('tr')?.dataset.index;
  function activate(event: MouseEvent | KeyboardEvent) {
    const index = indexOf(event.target);
    const row = index === undefined ? undefined : rowAt(Number(index));
    if (!onActivate || row === undefined) return;
    setActive(Number(index));
    onActivate(row);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const from = indexOf(event.target);
    if (from === undefined || event.altKey || event.metaKey || event.shiftKey) return;
    if (onActivate && (event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLTableRowElement) {
      event.preventDefault();
      activate(event);
      return;
    }
    const pageRows = virtual ? Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / virtual.rowHeight) - 1) : 10;
    const to = tableRowMove(event.key, Number(from), count, pageRows);
    if (to === undefined) return;
    event.preventDefault();
    pendingFocus.current = to;
    setActive(to);
    if (virtual) virtualizer.scrollToIndex(to);
    focusPending();
  }

  function header(column: DataColumn<T>) {
    const tableColumn = table.getColumn(column.id);
    const direction = paged ? paged.sort.column === column.id && paged.sort.dir : (tableColumn?.getIsSorted() ?? false);
    const canSort = paged ? paged.sortable.includes(column.id) : tableColumn?.getCanSort();
    if (!canSort) {
      return (
        <th key={column.id} scope="col">
          {column.headerHidden ? <span className="visually-hidden">{column.header}</span> : column.header}
        </th>
      );
    }
    const press = paged ? () => paged.onSort(column.id, direction === 'asc' ? 'desc' : 'asc') : tableColumn?.getToggleSortingHandler();
    return (
      <th key={column.id} scope="col" aria-sort={ariaSort(direction)}>
        <button type="button" className="sort-button" onClick={press}>
          {column.header}
          <span className="sort-mark" aria-hidden="true">
            {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
          </span>
        </button>
      </th>
    );
  }

  const tableElement = (
    <table className={['table', className].filter(Boolean).join(' ')} aria-rowcount={virtual ? count + 1 : undefined}>
      <caption className={captionVisible ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr aria-rowindex={virtual ? 1 : undefined}>{columns.map(header)}</tr>
      </thead>
      <tbody ref={bodyRef} onKeyDown={onKeyDown} onClick={onActivate ? activate : undefined}>
        {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
        {items.map(({ index }) => {
          const row = rowAt(index);
          const style = virtual ? { height: virtual.rowHeight } : undefined;
          if (row === undefined) {
            return (
              <tr key={`loading-${index}`} data-index={index} aria-rowindex={index + 2} style={style}>
                <td colSpan={columns.length} className="muted">
                  Loading…
                </td>
              </tr>
            );
          }
          const selected = isSelected?.(row) ?? false;
          const classes = [selected ? 'selected' : undefined, rowClassName?.(row)].filter(Boolean).join(' ');
          return (
            <tr
              key={rowKey(row)}
              data-index={index}
              data-testid={rowTestId?.(row)}
              aria-rowindex={virtual ? index + 2 : undefined}
              aria-selected={onActivate ? selected : undefined}
              tabIndex={onActivate && index === tabStop ? 0 : -1}
              className={classes || undefined}
              style={style}
            >
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.id} scope="row" className={column.className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.id} className={column.className}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          );
        })}
        {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
      </tbody>
    </table>
  );
  return virtual ? (
    // The scroll box is a tab stop of its own (it scrolls from the keyboard) unless its rows already are.
    <div ref={scrollRef} className={virtual.scrollClassName} tabIndex={onActivate ? undefined : 0} role="region" aria-label={`${caption}, scrollable`}>
      {tableElement}
    </div>
  ) : (
    tableElement
  );
}
