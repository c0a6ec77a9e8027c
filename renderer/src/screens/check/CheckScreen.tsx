import type { CheckFinding } from '../../../../shared/api/check-types';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useScreenLoad } from '../../hooks/use-screen-load';
import { useCheckStore } from '../../stores/check-store';
import { SCREEN_LABELS, useNavStore } from '../../stores/nav-store';

function FindingRow({ finding }: { finding: CheckFinding }) {
  const go = useNavStore((state) => state.go);
  return (
    <li className="gap-row" data-testid={`finding-${finding.rule}`}>
      <div className="finding-body">
        <span>
          <span className={`badge ${finding.severity === 'error' ? 'badge-danger' : 'badge-warning'}`}>{finding.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
          <strong>{finding.message}</strong>
        </span>
        <span className="muted small">
          {finding.clause} · rule {finding.rule} · {finding.records.join(', ')}
        </span>
        <span className="small">What to do: {finding.fix}</span>
      </div>
      <button type="button" className="button button-small" onClick={() => go(finding.home)}>
        Fix in {SCREEN_LABELS[finding.home]}
        <span className="visually-hidden"> ({finding.rule})</span>
      </button>
    </li>
  );
}

/** Consistency check: contradictions between records, documents and the standards, each with where it is fixed. */
export function CheckScreen() {
  const report = useCheckStore((state) => state.report);
  const load = useCheckStore((state) => state.load);
  const [error, setError] = useScreenLoad(load);

  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Consistency check</h1>
        <span className="muted small">What the records, the documents and the standards say against each other, computed afresh each time.</span>
      </div>
      <ScreenMessages error={error} notice={null} />
      <div className="button-row">
        <button type="button" className="button" onClick={() => void load().catch((caught: unknown) => setError(messageOf(caught)))}>
          Run the check again
        </button>
      </div>
      {!report ? (
        !error && <p className="muted">Checking…</p>
      ) : report.findings.length === 0 ? (
        <p className="message message-success" data-testid="no-findings">
          No findings: the records and documents agree with each other.
        </p>
      ) : (
        <section className="card" aria-labelledby="findings-heading">
          <div className="card-header">
            <h2 id="findings-heading">
              {report.errors} error{report.errors === 1 ? '' : 's'}, {report.warnings} warning{report.warnings === 1 ? '' : 's'}
            </h2>
          </div>
          <ul className="gap-list" data-testid="findings">
            {report.findings.map((f) => (
              <FindingRow key={`${f.rule}:${f.records.join(',')}`} finding={f} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
