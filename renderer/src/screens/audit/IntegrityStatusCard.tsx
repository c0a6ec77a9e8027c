import { useEffect } from 'react';
import { isTampering, type ChainReport, type IntegrityStatus } from '../../../../shared/api/audit-types';
import { useAuditIntegrityStore } from '../../stores/audit-integrity-store';

/** How often a running check is asked for its progress. */
const POLL_MS = 400;
/** Problems listed on screen; `cairn verify` and the audit screen's Verify give the full list. */
const SHOWN = 8;

function problemLines(report: ChainReport): string[] {
  const chain = report.firstBroken ? [`Audit trail row ${report.firstBroken.seq}: ${report.firstBroken.reason}`] : [];
  return [...chain, ...report.problems.map((p) => `${p.table} ${p.record}: ${p.detail}`)];
}

function Verdict({ status }: { status: IntegrityStatus }) {
  const { report } = status;
  if (status.state === 'failed') return <p className="message message-error">The integrity check could not run: {status.error}</p>;
  if (status.state !== 'done' || !report) {
    return (
      <div className="progress">
        <p>
          Checking every record against the audit trail… {status.checked.toLocaleString()} of {status.total.toLocaleString()} trail rows
        </p>
        <progress aria-label="Integrity check" max={Math.max(status.total, 1)} value={status.checked} />
      </div>
    );
  }
  const took = `${((status.elapsedMs ?? 0) / 1000).toFixed(1)} s`;
  if (report.ok) {
    return (
      <p>
        <span className="badge badge-success">Intact</span> When the project was opened, all {report.checked.toLocaleString()} audit trail rows and every record matched (checked in{' '}
        {took}).
      </p>
    );
  }
  const lines = problemLines(report);
  const tampered = report.firstBroken !== null || report.problems.some(isTampering);
  return (
    <>
      {tampered ? (
        <p className="message message-error">
          The project file was changed outside Cairn: {lines.length} {lines.length === 1 ? 'problem' : 'problems'} found. Signing is refused while the check finds problems.
        </p>
      ) : (
        <p className="message message-info">Nothing was changed outside Cairn; what remains is upkeep, listed below.</p>
      )}
      <ul className="plain-list small" aria-label="Integrity problems">
        {lines.slice(0, SHOWN).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {lines.length > SHOWN && <p className="muted small">…and {lines.length - SHOWN} more (run cairn verify for the full list).</p>}
    </>
  );
}

/**
 * The verdict of the check the app runs in the background each time the project opens, with progress
 * while it runs. Asking starts it, so the first screen shown after opening does.
 */
export function IntegrityStatusCard() {
  const status = useAuditIntegrityStore((state) => state.status);
  const error = useAuditIntegrityStore((state) => state.error);
  const refresh = useAuditIntegrityStore((state) => state.refresh);
  const running = !status || status.state === 'running' || status.state === 'idle';

  useEffect(() => {
    if (!running) return;
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [running, refresh]);

  return (
    <section className="card" aria-labelledby="integrity-title" data-testid="integrity-status">
      <h2 id="integrity-title">Integrity check</h2>
      <div role="status">
        {error && <p className="field-error">{error}</p>}
        {status && <Verdict status={status} />}
      </div>
    </section>
  );
}
