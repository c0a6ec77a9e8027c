import type { TestRunSummary } from '../../../../shared/api/tests-types';
import { useTestsStore } from '../../stores/tests-store';

/** Every run, newest first, with its version, where the results came from and how they came out. */
export function RunsPanel({ runs }: { runs: TestRunSummary[] }) {
  const openRun = useTestsStore((s) => s.openRun);
  if (runs.length === 0) return <p className="muted">No test run yet. Start a manual run or import a JUnit file.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">Test runs, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Run</th>
          <th scope="col">Version</th>
          <th scope="col">Title</th>
          <th scope="col">Source</th>
          <th scope="col">Passed</th>
          <th scope="col">Failed</th>
          <th scope="col">Blocked / not run</th>
          <th scope="col">Unlinked</th>
          <th scope="col">Completed</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => void openRun(r.id)}>
                {r.humanId}
              </button>
            </th>
            <td>{r.softwareVersion}</td>
            <td>{r.title || '—'}</td>
            <td>{r.source === 'junit' ? 'JUnit' : 'manual'}</td>
            <td>{r.counts.passed}</td>
            <td className={r.counts.failed + r.counts.error ? 'test-gap' : undefined}>{r.counts.failed + r.counts.error}</td>
            <td>{r.counts.blocked + r.counts['not-run'] + r.counts.skipped}</td>
            <td>{r.unmapped || '—'}</td>
            <td>{r.completedAt ? r.completedAt.slice(0, 10) : 'in progress'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
