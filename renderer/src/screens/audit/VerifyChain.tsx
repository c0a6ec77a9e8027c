import { useAuditStore } from '../../stores/audit-store';

/** Recomputes the hash chain on request and says plainly whether the trail is intact. */
export function VerifyChain() {
  const verify = useAuditStore((state) => state.verify);
  const verifyChain = useAuditStore((state) => state.verifyChain);
  const { running, report, error } = verify;
  return (
    <div className="verify">
      <button type="button" className="button" onClick={() => void verifyChain()} aria-disabled={running || undefined}>
        {running && <span className="spinner" aria-hidden="true" />}
        {running ? 'Verifying…' : 'Verify chain'}
      </button>
      <span role="status" className="verify-result" data-testid="verify-result">
        {error && <span className="field-error">{error}</span>}
        {report?.ok && <span className="badge badge-success">Intact: all {report.checked.toLocaleString()} rows check out</span>}
        {report && !report.ok && (
          <span className="badge badge-danger">
            {report.firstBroken
              ? `Broken at row ${report.firstBroken.seq}: ${report.firstBroken.reason}`
              : `${report.problems.length} ${report.problems.length === 1 ? 'record differs' : 'records differ'} from the trail: ${report.problems[0]?.table ?? ''} ${report.problems[0]?.record ?? ''}`}
          </span>
        )}
      </span>
    </div>
  );
}
