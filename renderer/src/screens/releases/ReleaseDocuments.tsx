import { useState } from 'react';
import type { ReleaseDetail } from '../../../../shared/api/releases-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { useNavStore } from '../../stores/nav-store';

const KINDS = [
  { type: 'release-record', prefix: 'RELEASE', label: 'Release record' },
  { type: 'known-anomalies', prefix: 'KNOWN-ANOMALIES', label: 'Known anomalies list' },
] as const;

/** The release's controlled documents: opened on the Documents screen, created there from here the first time. */
export function ReleaseDocuments({ release, onError }: { release: ReleaseDetail; onError(message: string): void }) {
  const openDocument = useNavStore((state) => state.openDocument);
  const [busy, setBusy] = useState(false);

  async function open(kind: (typeof KINDS)[number]) {
    setBusy(true);
    try {
      const docKey = `${kind.prefix}-${release.version}`;
      const existing = (await api('documents.list', {})).find((d) => d.docKey === docKey);
      openDocument(existing ? existing.id : (await api('documents.create', { type: kind.type, version: release.version })).id);
    } catch (caught) {
      onError(messageOf(caught));
      setBusy(false);
    }
  }

  return (
    <div className="button-row" role="group" aria-label="Release documents">
      {KINDS.map((kind) => (
        <button key={kind.type} type="button" className="button" aria-disabled={busy || undefined} onClick={() => void (busy || open(kind))}>
          {kind.label} ({kind.prefix}-{release.version})
        </button>
      ))}
    </div>
  );
}
