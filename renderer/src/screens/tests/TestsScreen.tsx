import { useCallback, useState } from 'react';
import { ScreenMessages } from '../../components/ScreenMessages';
import { Tabs } from '../../components/Tabs';
import { useScreenLoad } from '../../hooks/use-screen-load';
import { useTestsStore } from '../../stores/tests-store';
import { CasesPanel } from './CasesPanel';
import { JunitImportDialog } from './JunitImportDialog';
import { RunPage } from './RunPage';
import { RunsPanel } from './RunsPanel';
import { StartRunDialog } from './StartRunDialog';
import { StatusPanel } from './StatusPanel';
import '../../styles/tests.css';

type Tab = 'cases' | 'runs' | 'status';
const TABS = [
  { key: 'cases', label: 'Test cases' },
  { key: 'runs', label: 'Runs' },
  { key: 'status', label: 'Status by version' },
] as const;

/** Verification by test (IEC 62304 5.5.5, 5.6, 5.7): cases, runs executed here or imported from JUnit, and what they show per version. */
export function TestsScreen() {
  const cases = useTestsStore((s) => s.cases);
  const runs = useTestsStore((s) => s.runs);
  const run = useTestsStore((s) => s.run);
  const load = useTestsStore((s) => s.load);
  const loadTargets = useTestsStore((s) => s.loadTargets);
  const selectCase = useTestsStore((s) => s.selectCase);
  const [tab, setTab] = useState<Tab>('cases');
  const [dialog, setDialog] = useState<'run' | 'junit' | null>(null);
  const loadAll = useCallback(() => Promise.all([load(), loadTargets()]), [load, loadTargets]);
  const [error] = useScreenLoad(loadAll);

  const versions = [...new Set((runs ?? []).map((r) => r.softwareVersion))].reverse();
  return (
    <div className="tests-screen">
      <div className="screen-header">
        <h1 tabIndex={-1}>Tests</h1>
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => {
              setTab('cases');
              selectCase('new');
            }}
          >
            New test case
          </button>
          <button type="button" className="button" onClick={() => setDialog('run')}>
            Start a run…
          </button>
          <button type="button" className="button button-primary" onClick={() => setDialog('junit')}>
            Import JUnit…
          </button>
        </div>
      </div>
      <p className="muted">
        Test cases with their steps and what they verify; runs per software version with the configuration, tools, tester and date (5.7.5); and whether each requirement and risk
        control passed.
      </p>
      <ScreenMessages error={error} notice={null} />
      <Tabs label="Tests" tabs={TABS} selected={tab} onSelect={setTab}>
        {tab === 'cases' && cases && <CasesPanel cases={cases} />}
        {tab === 'runs' && (run ? <RunPage run={run} cases={cases ?? []} /> : <RunsPanel runs={runs ?? []} />)}
        {tab === 'status' && <StatusPanel versions={versions} />}
      </Tabs>
      {dialog === 'run' && (
        <StartRunDialog
          cases={cases ?? []}
          onClose={() => {
            setDialog(null);
            setTab('runs');
          }}
        />
      )}
      {dialog === 'junit' && (
        <JunitImportDialog
          cases={cases ?? []}
          onClose={() => {
            setDialog(null);
            setTab('runs');
          }}
        />
      )}
    </div>
  );
}
