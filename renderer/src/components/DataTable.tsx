import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { tableRowMove } from '../grid/table-keys';

/** One column of a data table: its header, what a cell shows, and the value it sorts by (none: not sortable). */
export interface DataColumn<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  sortValue?: (row: T) => string | number;
  /** The column that names the row: its cells are row headers, read out with every other cell. */
  rowHeader?: boolean;
  className?: string;
}

interface DataTableProps<T> {
  /** Read by screen readers before the table, e.g. "Problem reports, 4 in all". */
  caption: string;
  /** Shows the caption as the table's title instead of keeping it for screen readers only. */
  captionVisible?: boolean;
  rows: readonly T[];
  columns: readonly DataColumn<T>[];
  rowKey: (row: T) => string | number;
  className?: string;
  /** Marks one row as the one chosen (its detail is open beside the table). */
  isSelected?: (row: T) => boolean;
  rowClassName?: (row: T) => string | undefined;
  /** Only the rows in view are drawn, at this fixed height, inside a scroll box of this class: for lists that run to thousands. */
  virtual?: { rowHeight: number; scrollClassName: string };
}

const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]';

/** aria-sort of a column: a screen reader says which column orders the rows and which way. */
function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  return direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
}

/**
 * Every list of records in Cairn: a real <table> with a caption and column headers, the naming column as
 * row headers, sortable columns (a button in the header, aria-sort on it: ascending, descending, back to
 * the list's own order), Up/Down/Page/Home/End moving focus between rows, and, for long lists, only the
 * rows in view drawn.
 */
export function DataTable<T>({ caption, captionVisible, rows, columns, rowKey, className, isSelected, rowClassName, virtual }: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const defs = useMemo<ColumnDef<T>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        header: c.header,
        enableSorting: c.sortValue !== undefined,
        ...(c.sortValue ? { accessorFn: c.sortValue } : {}),
        cell: (ctx) => c.cell(ctx.row.original),
      })),
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

  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => virtual?.rowHeight ?? 0,
    overscan: 12,
    enabled: virtual !== undefined,
  });
  const items = virtual ? virtualizer.getVirtualItems() : sorted.map((_, index) => ({ index, start: 0, end: 0 }));
  const before = virtual ? (items[0]?.start ?? 0) : 0;
  const after = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;

  // The row keyboard focus is moving to; in a long list it may be drawn only after the scroll.
  const pendingFocus = useRef<number | null>(null);
  const focusPending = () => {
    const index = pendingFocus.current;
    const row = index === null ? null : bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (!row) return;
    pendingFocus.current = null;
    (row.querySelector<HTMLElement>(FOCUSABLE) ?? row).focus();
  };
  useEffect(focusPending);

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const from = (event.target as HTMLElement).closest('tr')?.dataset.index;
    if (from === undefined || event.altKey || event.metaKey || event.shiftKey) return;
    const pageRows = virtual ? Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / virtual.rowHeight) - 1) : 10;
    const to = tableRowMove(event.key, Number(from), sorted.length, pageRows);
    if (to === undefined) return;
    event.preventDefault();
    pendingFocus.current = to;
    if (virtual) virtualizer.scrollToIndex(to);
    focusPending();
  }

  const tableElement = (
    <table className={['table', className].filter(Boolean).join(' ')}>
      <caption className={captionVisible ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const label = flexRender(header.column.columnDef.header, header.getContext());
              if (!header.column.getCanSort()) {
                return (
                  <th key={header.id} scope="col">
                    {label}
                  </th>
                );
              }
              const direction = header.column.getIsSorted();
              return (
                <th key={header.id} scope="col" aria-sort={ariaSort(direction)}>
                  <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                    {label}
                    <span className="sort-mark" aria-hidden="true">
                      {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody ref={bodyRef} onKeyDown={onKeyDown}>
        {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
        {items.map(({ index }) => {
          const row = sorted[index];
          if (!row) return null;
          const classes = [isSelected?.(row.original) ? 'selected' : undefined, rowClassName?.(row.original)].filter(Boolean).join(' ');
          return (
            <tr key={row.id} data-index={index} tabIndex={-1} className={classes || undefined} style={virtual ? { height: virtual.rowHeight } : undefined}>
              {row.getVisibleCells().map((cell) => {
                const column = columns.find((c) => c.id === cell.column.id);
                const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                return column?.rowHeader ? (
                  <th key={cell.id} scope="row" className={column.className}>
                    {content}
                  </th>
                ) : (
                  <td key={cell.id} className={column?.className}>
                    {content}
                  </td>
                );
              })}
            </tr>
          );
        })}
        {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
      </tbody>
    </table>
  );
  return virtual ? (
    // A scroll box is a tab stop of its own, so it scrolls from the keyboard even when its rows hold nothing focusable.
    <div ref={scrollRef} className={virtual.scrollClassName} tabIndex={0} role="region" aria-label={`${caption}, scrollable`}>
      {tableElement}
    </div>
  ) : (
    tableElement
  );
}
