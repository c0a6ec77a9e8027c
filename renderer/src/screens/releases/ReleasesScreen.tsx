import { useState } from 'react';
import { messageOf } from '../../api/field-errors';
import { useScreenLoad } from '../../hooks/use-screen-load';
import { ScreenMessages } from '../../components/ScreenMessages';
import { Tabs } from '../../components/Tabs';
import { useReleasesStore } from '../../stores/releases-store';
import '../../styles/releases.css';
import { BaselineDiffView } from './BaselineDiffView';
import { ConfigurationItemsView } from './ConfigurationItemsView';
import { NewReleaseForm } from './NewReleaseForm';
import { ReleaseWizard } from './ReleaseWizard';

type ReleasesTab = 'wizard' | 'diff' | 'items';
const TABS = [
  { key: 'wizard' as const, label: 'Release wizard' },
  { key: 'diff' as const, label: 'Baseline diff' },
  { key: 'items' as const, label: 'Configuration items' },
];

/** Releases (IEC 62304 5.8) and configuration management (clause 8): the wizard, baseline comparison and status accounting. */
export function ReleasesScreen() {
  const releases = useReleasesStore((state) => state.releases);
  const current = useReleasesStore((state) => state.current);
  const load = useReleasesStore((state) => state.load);
  const open = useReleasesStore((state) => state.open);
  const [tab, setTab] = useState<ReleasesTab>('wizard');
  const [error, setError] = useScreenLoad(load);
  const [notice, setNotice] = useState('');

  const saved = (message: string) => {
    setError(null);
    setNotice(message);
  };
  const failed = (message: string) => {
    setNotice('');
    setError(message);
  };

  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Releases</h1>
        <span className="muted small">Release checklist (IEC 62304 5.8), frozen baselines and configuration items (clause 8).</span>
      </div>
      <ScreenMessages error={error} notice={notice} />
      {!releases ? (
        !error && <p className="muted">Loading…</p>
      ) : (
        <Tabs label="Release views" tabs={TABS} selected={tab} onSelect={setTab}>
          {tab === 'wizard' && (
            <>
              <div className="release-bar card">
                {releases.length > 0 && (
                  <nav aria-label="Releases">
                    <ul className="release-list">
                      {releases.map((r) => (
                        <li key={r.id}>
                          <button
                            type="button"
                            className="button button-small"
                            aria-pressed={current?.id === r.id}
                            onClick={() => void open(r.version).catch((caught: unknown) => failed(messageOf(caught)))}
                          >
                            {r.version}{' '}
                            <span className={`badge${r.status === 'released' ? ' badge-success' : ' badge-muted'}`}>{r.status === 'released' ? 'Released' : 'Draft'}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  </nav>
                )}
                <NewReleaseForm onSaved={saved} />
              </div>
              {current ? (
                <ReleaseWizard key={current.id} release={current} onSaved={saved} onError={failed} />
              ) : (
                <p className="muted">Open a release above, or start one for the version you are about to ship.</p>
              )}
            </>
          )}
          {tab === 'diff' && <BaselineDiffView releases={releases} />}
          {tab === 'items' && <ConfigurationItemsView />}
        </Tabs>
      )}
    </>
  );
}
