import { useCallback, useEffect, useMemo, useRef } from 'react';
import { AUDIT_SORT_COLUMNS } from '../../../../shared/api/contract';
import { DataTable, type PagedRows } from '../../components/DataTable';
import type { AuditRow } from '../../../../shared/api/audit-types';
import { rowAt, useAuditStore, type AuditSortColumn } from '../../stores/audit-store';
import { AUDIT_COLUMNS } from './audit-columns';

/** Matches the audit table's row height in audit.css; fixed so the scroll height is exact for any number of rows. */
const ROW_HEIGHT = 34;
/** Scrolling fast through 100k rows would otherwise request every page passed on the way. */
const FETCH_DELAY_MS = 60;

const isSortColumn = (column: string): column is AuditSortColumn => (AUDIT_SORT_COLUMNS as readonly string[]).includes(column);

/**
 * The audit trail as a DataTable over server pages: only the rows in view are drawn and only their pages
 * fetched; the scroll height reflects the full total, so the scrollbar tells the truth. A row press (click,
 * Enter, Space) shows it in full beside the table.
 */
export function AuditTable() {
  const total = useAuditStore((state) => state.total);
  const pages = useAuditStore((state) => state.pages);
  const sort = useAuditStore((state) => state.sort);
  const filter = useAuditStore((state) => state.filter);
  const selectedSeq = useAuditStore((state) => state.selected?.seq);
  const { ensureRange, setSort, select } = useAuditStore.getState();

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // Fetched a moment after scrolling stops; a refresh or a new query fetches the rows in view itself (see the store).
  const onRangeChange = useCallback(
    (first: number, last: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void ensureRange(first, last), FETCH_DELAY_MS);
    },
    [ensureRange],
  );

  const paged = useMemo<PagedRows<AuditRow>>(
    () => ({
      count: total ?? 0,
      rowAt: (index) => rowAt(pages, index),
      onRangeChange,
      sort,
      sortable: AUDIT_SORT_COLUMNS,
      onSort: (column, dir) => {
        if (isSortColumn(column)) void setSort({ column, dir });
      },
    }),
    [total, pages, onRangeChange, sort, setSort],
  );

  if (total === 0) return <p className="muted audit-empty">No audit rows match these filters.</p>;
  return (
    <DataTable
      // A new sort or filter is a new list: it starts at its top.
      key={JSON.stringify([sort, filter])}
      caption="Audit trail"
      paged={paged}
      columns={AUDIT_COLUMNS}
      rowKey={(r) => r.seq}
      className="audit-table"
      isSelected={(r) => r.seq === selectedSeq}
      onActivate={select}
      virtual={{ rowHeight: ROW_HEIGHT, scrollClassName: 'audit-scroll' }}
    />
  );
}
