import { createColumnHelper } from '@tanstack/react-table';
import type { AuditRow } from '../../../../shared/api/audit-types';
import { localDateTime, utcTitle } from '../../forms/format';
import { actionLabel } from './audit-diff';

const column = createColumnHelper<AuditRow>();

/** The audit grid's columns; ids match the core's sort columns so a header click sorts server-side. */
export const AUDIT_COLUMNS = [
  column.accessor('seq', { id: 'seq', header: '#', cell: (info) => info.getValue() }),
  column.accessor('at', {
    id: 'at',
    header: 'Time',
    cell: (info) => (
      <time dateTime={info.getValue()} title={utcTitle(info.getValue())}>
        {localDateTime(info.getValue())}
      </time>
    ),
  }),
  column.accessor('userName', { id: 'userName', header: 'Who', cell: (info) => info.getValue() ?? 'System' }),
  column.accessor('action', { id: 'action', header: 'Action', cell: (info) => actionLabel(info.getValue()) }),
  column.accessor('entity', { id: 'entity', header: 'Entity', cell: (info) => info.getValue() }),
  column.accessor('entityId', { id: 'entityId', header: 'Entity ID', cell: (info) => info.getValue() ?? '' }),
  column.accessor('summary', { id: 'summary', header: 'Summary', enableSorting: false, cell: (info) => info.getValue() }),
];

export const CELL_CLASS: Partial<Record<string, string>> = { seq: 'grid-cell-num' };
