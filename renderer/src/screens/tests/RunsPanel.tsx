import { useMemo } from 'react';
import type { TestRunSummary } from '../../../../shared/api/tests-types';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { useTestsStore } from '../../stores/tests-store';

const failed = (r: TestRunSummary) => r.counts.failed + r.counts.error;
const notRun = (r: TestRunSummary) => r.counts.blocked + r.counts['not-run'] + r.counts.skipped;

function columns(openRun: (id: number) => Promise<void>): DataColumn<TestRunSummary>[] {
  return [
    {
      id: 'run',
      header: 'Run',
      rowHeader: true,
      sortValue: (r) => r.id,
      cell: (r) => (
        <button type="button" className="link-button" onClick={() => void openRun(r.id)}>
          {r.humanId}
        </button>
      ),
    },
    { id: 'version', header: 'Version', sortValue: (r) => r.softwareVersion, cell: (r) => r.softwareVersion },
    { id: 'title', header: 'Title', sortValue: (r) => r.title.toLowerCase(), cell: (r) => r.title || '—' },
    { id: 'source', header: 'Source', cell: (r) => (r.source === 'junit' ? 'JUnit' : 'manual') },
    { id: 'passed', header: 'Passed', sortValue: (r) => r.counts.passed, cell: (r) => r.counts.passed },
    { id: 'failed', header: 'Failed', sortValue: failed, cell: (r) => (failed(r) ? <span className="test-gap">{failed(r)}</span> : 0) },
    { id: 'notRun', header: 'Blocked / not run', sortValue: notRun, cell: notRun },
    { id: 'unlinked', header: 'Unlinked', sortValue: (r) => r.unmapped, cell: (r) => r.unmapped || '—' },
    { id: 'completed', header: 'Completed', sortValue: (r) => r.completedAt ?? '', cell: (r) => (r.completedAt ? r.completedAt.slice(0, 10) : 'in progress') },
  ];
}

/** Every run, newest first, with its version, where the results came from and how they came out. */
export function RunsPanel({ runs }: { runs: TestRunSummary[] }) {
  const openRun = useTestsStore((s) => s.openRun);
  const shown = useMemo(() => columns(openRun), [openRun]);
  if (runs.length === 0) return <p className="muted">No test run yet. Start a manual run or import a JUnit file.</p>;
  return <DataTable caption="Test runs, newest first" rows={runs} columns={shown} rowKey={(r) => r.id} />;
}
