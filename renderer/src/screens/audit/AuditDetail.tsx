import type { AuditRow } from '../../../../shared/api/types';
import { localDateTime, utcTitle } from '../../forms/format';
import { actionLabel, diffFields } from './audit-diff';

/** The selected row in full: who, when, and what changed, field by field. */
export function AuditDetail({ row }: { row: AuditRow | null }) {
  if (!row) {
    return (
      <section className="card audit-detail" aria-labelledby="audit-detail-title">
        <h2 id="audit-detail-title">Row details</h2>
        <p className="muted">Select a row to see who changed what, and the values before and after.</p>
      </section>
    );
  }
  const lines = diffFields(row.before, row.after);
  return (
    <section className="card audit-detail" aria-labelledby="audit-detail-title" data-testid="audit-detail">
      <h2 id="audit-detail-title">Row {row.seq}</h2>
      <p>{row.summary}</p>
      <dl className="facts small">
        <dt>When</dt>
        <dd>
          <time dateTime={row.at} title={utcTitle(row.at)}>
            {localDateTime(row.at)}
          </time>
        </dd>
        <dt>Who</dt>
        <dd>{row.userName ?? 'The system'}</dd>
        <dt>Action</dt>
        <dd>{actionLabel(row.action)}</dd>
        <dt>Record</dt>
        <dd>
          {row.entity}
          {row.entityId ? ` ${row.entityId}` : ''}
        </dd>
        <dt>Through</dt>
        <dd className="mono">{row.method}</dd>
      </dl>
      {lines.length === 0 ? (
        <p className="muted small">This row records an event; no values changed.</p>
      ) : (
        <table className="diff">
          <caption className="visually-hidden">Values before and after this change</caption>
          <thead>
            <tr>
              <th scope="col" className="diff-field">
                Field
              </th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.field} className={line.changed ? 'changed' : undefined}>
                <th scope="row">{line.field}</th>
                <td className="diff-before">{line.before ?? <span className="muted">—</span>}</td>
                <td className="diff-after">{line.after ?? <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {lines.length > 0 && (
        <details className="raw-json">
          <summary className="small">Stored values (JSON)</summary>
          <pre>{JSON.stringify({ before: row.before, after: row.after }, null, 2)}</pre>
        </details>
      )}
    </section>
  );
}
