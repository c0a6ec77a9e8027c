import { useEffect, useState } from 'react';
import { messageOf } from '../../api/field-errors';
import { StateBadge } from '../../components/StateBadge';
import { Tabs } from '../../components/Tabs';
import { useDocumentsStore } from '../../stores/documents-store';
import { useNavStore } from '../../stores/nav-store';
import { useSessionStore } from '../../stores/session-store';
import { ContentPreview } from './ContentPreview';
import { DriftNotice } from './DriftNotice';
import { PreviewSource } from './PreviewSource';
import { VersionHistory } from './VersionHistory';
import { WorkflowActions } from './WorkflowActions';
import { latestVersion } from './workflow-view';
import { ScreenMessages } from '../../components/ScreenMessages';

type Tab = 'preview' | 'versions';
const TABS = [
  { key: 'preview', label: 'Preview' },
  { key: 'versions', label: 'Versions & signatures' },
] as const;

/** One controlled document: what it says, its versions and signatures, and the next workflow step. */
export function DocumentDetailScreen({ documentId }: { documentId: number }) {
  const detail = useDocumentsStore((state) => (state.detail?.id === documentId ? state.detail : null));
  const loadDetail = useDocumentsStore((state) => state.loadDetail);
  const user = useSessionStore((state) => state.status?.user);
  const go = useNavStore((state) => state.go);
  const [tab, setTab] = useState<Tab>('preview');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    loadDetail(documentId).catch((caught: unknown) => setError(messageOf(caught)));
  }, [documentId, loadDetail]);

  const latest = detail ? latestVersion(detail) : undefined;
  return (
    <>
      <p className="back-link">
        <button type="button" className="link-button" onClick={() => go('documents')}>
          ← All documents
        </button>
      </p>
      <div className="screen-title">
        <h1 tabIndex={-1}>
          {detail ? (
            <>
              <span className="mono doc-key">{detail.docKey}</span> {detail.title}
            </>
          ) : (
            'Document'
          )}
        </h1>
        {latest && (
          <span className="badge-stack" data-testid="document-state">
            <span className="muted">v{latest.version}</span> <StateBadge state={latest.state} />
            {detail?.changedSinceApproved && <span className="badge badge-warning">Changed since approved</span>}
          </span>
        )}
      </div>
      <ScreenMessages error={error} notice={notice} />
      {!detail ? (
        !error && <p className="muted">Loading…</p>
      ) : (
        <>
          {user && <WorkflowActions detail={detail} user={user} onNotice={setNotice} />}
          <DriftNotice detail={detail} onShowVersions={() => setTab('versions')} />
          <div className="card">
            <Tabs label="Document views" tabs={TABS} selected={tab} onSelect={setTab}>
              {tab === 'preview' ? (
                <>
                  <PreviewSource detail={detail} />
                  <ContentPreview content={detail.live.content} />
                </>
              ) : (
                <VersionHistory versions={detail.versions} />
              )}
            </Tabs>
          </div>
        </>
      )}
    </>
  );
}
