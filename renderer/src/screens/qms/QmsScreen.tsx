import { useState } from 'react';
import { useScreenLoad } from '../../hooks/use-screen-load';
import { ScreenMessages } from '../../components/ScreenMessages';
import { Tabs } from '../../components/Tabs';
import { useQmsStore } from '../../stores/qms-store';
import { CompanyForm } from './CompanyForm';
import { CoveragePanel } from './CoveragePanel';
import { ProceduresPanel } from './ProceduresPanel';
import { RecordsPanel } from './RecordsPanel';
import { ScopeWizard } from './ScopeWizard';
import { ToolsPanel } from './ToolsPanel';

const TABS = [
  { key: 'company', label: '1. Company' },
  { key: 'scope', label: '2. Scope' },
  { key: 'procedures', label: '3. Procedures' },
  { key: 'coverage', label: 'Coverage' },
  { key: 'records', label: 'Records' },
  { key: 'tools', label: 'Tools' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

/** The ISO 13485 QMS: company profile, scope wizard, procedure set, clause coverage and the records the procedures call for. */
export function QmsScreen() {
  const overview = useQmsStore((state) => state.overview);
  const load = useQmsStore((state) => state.load);
  const [tab, setTab] = useState<TabKey>('company');
  const [error, setError] = useScreenLoad(load);
  const [notice, setNotice] = useState('');

  function choose(next: TabKey) {
    setNotice('');
    setError(null);
    setTab(next);
  }

  const said = { onSaved: setNotice, onError: setError };
  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Quality system</h1>
        <span className="muted small">ISO 13485:2016: the company, the scope, the procedures and the records they call for.</span>
      </div>
      <ScreenMessages error={error} notice={notice} />
      {!overview ? (
        !error && <p className="muted">Loading…</p>
      ) : (
        <Tabs label="Quality system" tabs={TABS} selected={tab} onSelect={choose}>
          {tab === 'company' && <CompanyForm key={overview.company.updatedAt ?? 'new'} company={overview.company} {...said} />}
          {tab === 'scope' && <ScopeWizard overview={overview} {...said} />}
          {tab === 'procedures' && <ProceduresPanel overview={overview} {...said} />}
          {tab === 'coverage' && <CoveragePanel overview={overview} />}
          {tab === 'records' && <RecordsPanel {...said} />}
          {tab === 'tools' && <ToolsPanel {...said} />}
        </Tabs>
      )}
    </>
  );
}
