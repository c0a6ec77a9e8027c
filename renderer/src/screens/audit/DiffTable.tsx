import type { AuditRow } from '../../../../shared/api/audit-types';
import { diffFields } from './audit-diff';

/** Before → after, one line per field, changed lines tinted; the stored JSON stays one click away. */
export function DiffTable({ row }: { row: AuditRow }) {
  const lines = diffFields(row.before, row.after);
  if (lines.length === 0) return <p className="muted small">This row records an event; no values changed.</p>;
  return (
    <div>
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
      <details className="raw-json">
        <summary className="small">Stored values (JSON)</summary>
        <pre>{JSON.stringify({ before: row.before, after: row.after }, null, 2)}</pre>
      </details>
    </div>
  );
}
