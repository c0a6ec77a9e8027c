import { useEffect, useState } from 'react';
import { messageOf } from '../../api/field-errors';
import { localDate } from '../../forms/format';
import { useKeysStore } from '../../stores/keys-store';
import { GenerateKeyForm } from './GenerateKeyForm';
import { ImportKeyForm } from './ImportKeyForm';

/** "AB12CD…" as "AB:12:CD…", the way certificate tools print fingerprints, so people can compare them. */
function groupedFingerprint(hex: string): string {
  return (hex.toUpperCase().match(/.{1,2}/g) ?? []).join(':');
}

/** The signing key of the signed-in person: what it is, and how to make or bring one. */
export function SigningKeyCard({ onNotice }: { onNotice: (text: string) => void }) {
  const mine = useKeysStore((state) => state.mine);
  const loadMine = useKeysStore((state) => state.loadMine);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadMine().catch((caught: unknown) => setError(messageOf(caught)));
  }, [loadMine]);

  return (
    <section className="card" aria-labelledby="signing-key-title" data-testid="signing-key">
      <h2 id="signing-key-title">My signing key</h2>
      <p className="muted small">Signed PDFs carry an embedded signature made with this key. The private key is stored in the project file, encrypted with your password.</p>
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      {!mine ? (
        !error && <p className="muted">Loading…</p>
      ) : mine.hasKey ? (
        <dl className="facts small">
          <dt>Subject</dt>
          <dd>{mine.subject}</dd>
          <dt>Fingerprint (SHA-256)</dt>
          <dd className="mono">{mine.fingerprint ? groupedFingerprint(mine.fingerprint) : '—'}</dd>
          <dt>Valid until</dt>
          <dd>{mine.notAfter ? localDate(mine.notAfter) : '—'}</dd>
          <dt>Origin</dt>
          <dd>{mine.source === 'imported' ? 'Imported from a PKCS#12 file' : 'Generated in Cairn'}</dd>
          <dt>Trust</dt>
          <dd>
            {mine.trusted ? <span className="badge badge-success">Trusted in this project</span> : <span className="badge badge-warning">Not on this project's trusted list</span>}
          </dd>
        </dl>
      ) : (
        <p>You have no signing key yet. One is made for you the first time you sign a PDF, or make or import one now.</p>
      )}
      {mine && (
        <div className="two-columns key-forms">
          <GenerateKeyForm replacing={mine.hasKey} onNotice={onNotice} />
          <ImportKeyForm replacing={mine.hasKey} onNotice={onNotice} />
        </div>
      )}
    </section>
  );
}
