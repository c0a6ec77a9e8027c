import type { VersionView } from '../../../../shared/api/documents-types';
import { StateBadge } from '../../components/StateBadge';
import { localDateTime, utcTitle } from '../../forms/format';
import { ChangeSummaryList } from './ChangeSummaryList';
import { SignatureTable } from './SignatureTable';
import { shortSha } from './workflow-view';

function When({ label, at }: { label: string; at: string | null }) {
  if (!at) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <time dateTime={at} title={utcTitle(at)}>
          {localDateTime(at)}
        </time>
      </dd>
    </>
  );
}

function VersionCard({ version }: { version: VersionView }) {
  const titleId = `version-${version.id}-title`;
  return (
    <section className="version-card" aria-labelledby={titleId} data-testid={`version-${version.version}`}>
      <div className="card-header">
        <h3 id={titleId}>Version {version.version}</h3>
        <StateBadge state={version.state} />
      </div>
      <dl className="facts small">
        <dt>Author</dt>
        <dd>{version.authorName}</dd>
        <When label="Started" at={version.createdAt} />
        <When label="Sent for review" at={version.sentAt} />
        <When label="Approved" at={version.approvedAt} />
        <When label="Obsolete since" at={version.obsoletedAt} />
        {version.contentSha256 && (
          <>
            <dt>Frozen content</dt>
            <dd className="mono" title={version.contentSha256}>
              SHA-256 {shortSha(version.contentSha256)}
            </dd>
          </>
        )}
        <dt>Change note</dt>
        <dd>{version.changeNote || <span className="muted">None given</span>}</dd>
      </dl>
      {version.changeSummary && (
        <div className="version-block">
          <h4>Records changed since the version before</h4>
          <ChangeSummaryList summary={version.changeSummary} />
        </div>
      )}
      {version.participants.length > 0 && (
        <div className="version-block">
          <h4>Asked to sign</h4>
          <ul className="participant-list">
            {version.participants.map((p) => (
              <li key={`${p.duty}-${p.userId}`}>
                {p.name} <span className="muted">as {p.duty}</span>{' '}
                {p.signed ? <span className="badge badge-success">Signed</span> : <span className="badge badge-muted">Not yet signed</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="version-block">
        <h4>Signatures</h4>
        {version.signatures.length === 0 ? (
          <p className="muted small">No signatures yet.</p>
        ) : (
          <SignatureTable signatures={version.signatures} caption={`Signatures of version ${version.version}`} />
        )}
      </div>
    </section>
  );
}

/** Every version, newest first, with who was asked to sign, who did, and what each signature bound. */
export function VersionHistory({ versions }: { versions: VersionView[] }) {
  return (
    <div className="version-history">
      {/* The tab names the panel visibly; this heading keeps the outline whole for screen-reader users. */}
      <h2 className="visually-hidden">Versions and signatures</h2>
      {[...versions].reverse().map((version) => (
        <VersionCard key={version.id} version={version} />
      ))}
    </div>
  );
}
