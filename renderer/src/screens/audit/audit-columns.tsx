import type { AuditRow } from '../../../../shared/api/audit-types';
import type { DataColumn } from '../../components/DataTable';
import { localDateTime, utcTitle } from '../../forms/format';
import { actionLabel } from './audit-diff';

/** The audit table's columns; ids match the core's sort columns (AUDIT_SORT_COLUMNS), so a header press sorts on the server. */
export const AUDIT_COLUMNS: DataColumn<AuditRow>[] = [
  { id: 'seq', header: '#', rowHeader: true, className: 'audit-seq', cell: (r) => r.seq },
  {
    id: 'at',
    header: 'Time',
    cell: (r) => (
      <time dateTime={r.at} title={utcTitle(r.at)}>
        {localDateTime(r.at)}
      </time>
    ),
  },
  { id: 'userName', header: 'Who', cell: (r) => r.userName ?? 'System' },
  { id: 'action', header: 'Action', cell: (r) => actionLabel(r.action) },
  { id: 'entity', header: 'Entity', cell: (r) => r.entity },
  { id: 'entityId', header: 'Entity ID', cell: (r) => r.entityId ?? '' },
  { id: 'summary', header: 'Summary', className: 'audit-summary', cell: (r) => r.summary },
];
