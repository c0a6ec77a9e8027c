import type { AuditRow } from '../../../../shared/api/audit-types';
import { localDateTime, utcTitle } from '../../forms/format';
import { useNavStore } from '../../stores/nav-store';

export function ActivityCard({ activity, auditRows }: { activity: AuditRow[]; auditRows: number }) {
  const go = useNavStore((state) => state.go);
  return (
    <section className="card" aria-labelledby="activity-title">
      <h2 id="activity-title">Recent activity</h2>
      {activity.length === 0 ? (
        <p className="muted">Nothing has happened yet.</p>
      ) : (
        <ul className="plain-list">
          {activity.map((row) => (
            <li key={row.seq}>
              <div>{row.summary}</div>
              <div className="activity-time">
                <time dateTime={row.at} title={utcTitle(row.at)}>
                  {localDateTime(row.at)}
                </time>
                {row.userName ? ` · ${row.userName}` : ''}
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="card-footer">
        <span className="muted small" data-testid="audit-row-count">
          {auditRows.toLocaleString()} {auditRows === 1 ? 'row' : 'rows'} in the audit trail
        </span>
        <button type="button" className="button button-small" onClick={() => go('audit')}>
          Open the audit trail
        </button>
      </div>
    </section>
  );
}
