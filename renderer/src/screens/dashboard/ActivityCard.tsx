import type { AuditRow } from '../../../../shared/api/types';
import { localDateTime, utcTitle } from '../../forms/format';
import { useNavStore } from '../../stores/nav-store';

export function ActivityCard({ activity, auditRows }: { activity: AuditRow[]; auditRows: number }) {
  const go = useNavStore((state) => state.go);
  return (
    <section className="card" aria-labelledby="activity-title">
      <div className="card-header">
        <h2 id="activity-title">Recent activity</h2>
        <button type="button" className="button button-small button-quiet" onClick={() => go('audit')}>
          Audit trail ({auditRows.toLocaleString()} {auditRows === 1 ? 'row' : 'rows'})
        </button>
      </div>
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
    </section>
  );
}
