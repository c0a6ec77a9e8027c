import type { DocumentDetail } from '../../../../shared/api/documents-types';
import { ChangeSummaryList } from './ChangeSummaryList';
import { approvedVersionOf, latestVersion } from './workflow-view';
import { STATE_LABELS } from '../../../../shared/documents/control';

/**
 * The approved version no longer says what the records say. It stays in force until a newer version is
 * approved; this says so, lists what changed and points to the version that will carry the change.
 */
export function DriftNotice({ detail, onShowVersions }: { detail: DocumentDetail; onShowVersions: () => void }) {
  const approved = approvedVersionOf(detail.versions);
  const latest = latestVersion(detail);
  if (!detail.changedSinceApproved || !approved || !detail.changesSinceApproved) return null;
  const successor = latest && latest.version > approved.version ? latest : null;
  return (
    <section className="message message-info drift-notice" aria-labelledby="drift-title" data-testid="drift-notice">
      <h2 id="drift-title">Changed since approved</h2>
      <p>
        The records behind {detail.docKey} v{approved.version} have changed since it was approved. v{approved.version} stays the version in force until a newer one is approved.
      </p>
      <ChangeSummaryList summary={detail.changesSinceApproved} />
      <p className="drift-next">
        {successor ? (
          <>
            v{successor.version} ({STATE_LABELS[successor.state].toLowerCase()}) carries these changes.{' '}
            <button type="button" className="link-button" onClick={onShowVersions}>
              See v{successor.version} under Versions &amp; signatures
            </button>
          </>
        ) : (
          'No newer version has been started yet: start one to bring the document up to date.'
        )}
      </p>
    </section>
  );
}
