import type { AuditRow } from '../../../../shared/api/audit-types';
import { localDateTime, utcTitle } from '../../forms/format';

/** What the audit trail holds about one requirement, newest first. */
export function RequirementHistory({ rows, total }: { rows: AuditRow[]; total: number }) {
  if (rows.length === 0) return <p className="muted">No history recorded.</p>;
  return (
    <>
      <ol className="req-history">
        {rows.map((row) => (
          <li key={row.seq}>
            <time dateTime={row.at} title={utcTitle(row.at)}>
              {localDateTime(row.at)}
            </time>{' '}
            <span className="muted">{row.userName ?? 'Cairn'}</span>: {row.summary}
          </li>
        ))}
      </ol>
      {total > rows.length && (
        <p className="muted small">
          The {rows.length} latest of {total} entries; the audit trail holds them all.
        </p>
      )}
    </>
  );
}
