import type { TestCase } from '../../../../shared/api/tests-types';
import { useTestsStore } from '../../stores/tests-store';
import { CaseEditor } from './CaseEditor';

const verifies = (c: TestCase) => [...c.requirements, ...c.riskControls].map((r) => r.humanId).join(', ');

/** The cases table with the chosen (or a new) case's editor beside it. */
export function CasesPanel({ cases }: { cases: TestCase[] }) {
  const selectedId = useTestsStore((s) => s.selectedCaseId);
  const select = useTestsStore((s) => s.selectCase);
  const selected = cases.find((c) => c.id === selectedId) ?? null;
  return (
    <div className="tests-layout">
      {cases.length === 0 ? (
        <p className="muted">No test case yet. Add one for each requirement: the steps, what to expect, and when it passes.</p>
      ) : (
        <div className="tests-scroll">
          <table className="table">
            <caption className="visually-hidden">Test cases, {cases.length}</caption>
            <thead>
              <tr>
                <th scope="col">ID</th>
                <th scope="col">Title</th>
                <th scope="col">Level</th>
                <th scope="col">Kind</th>
                <th scope="col">Verifies</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id} className={[c.id === selectedId ? 'selected' : '', c.retired ? 'retired' : ''].join(' ').trim() || undefined}>
                  <th scope="row">{c.humanId}</th>
                  <td>
                    <button type="button" className="link-button" aria-pressed={c.id === selectedId} onClick={() => select(c.id)}>
                      {c.title}
                    </button>
                    {c.retired && <span className="muted small"> retired</span>}
                  </td>
                  <td>{c.level}</td>
                  <td>{c.automated ? 'automated' : `manual, ${c.steps.length} step${c.steps.length === 1 ? '' : 's'}`}</td>
                  <td>{verifies(c) || <span className="test-gap">nothing yet</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {selectedId === 'new' ? <CaseEditor key="new" testCase={null} /> : selected ? <CaseEditor key={selected.id} testCase={selected} /> : <p className="muted test-editor">Choose a case to edit it, or add a new one.</p>}
    </div>
  );
}
