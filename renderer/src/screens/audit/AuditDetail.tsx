import type { AuditRow } from '../../../../shared/api/audit-types';
import { localDateTime, utcTitle } from '../../forms/format';
import { actionLabel } from './audit-diff';
import { DiffTable } from './DiffTable';

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
  return (
    <section className="card audit-detail" aria-labelledby="audit-detail-title" data-testid="audit-detail">
      <h2 id="audit-detail-title">Row {row.seq}</h2>
      <p>{row.summary}</p>
      <div className="audit-detail-body">
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
        <DiffTable row={row} />
      </div>
    </section>
  );
}
