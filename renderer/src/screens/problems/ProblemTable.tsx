import type { ProblemView } from '../../../../shared/api/problems-types';
import { useProblemsStore } from '../../stores/problems-store';

const safetyText = (p: ProblemView) => (p.affectsSafety === null ? 'not evaluated' : p.affectsSafety ? 'affects safety' : 'no effect on safety');

/** The problem reports, newest first; the title opens one. */
export function ProblemTable({ problems }: { problems: ProblemView[] }) {
  const selectedId = useProblemsStore((s) => s.selectedId);
  const select = useProblemsStore((s) => s.select);
  if (problems.length === 0) return <p className="muted">No problem reports yet.</p>;
  return (
    <table className="table problem-table">
      <caption className="visually-hidden">Problem reports, {problems.length} in all</caption>
      <thead>
        <tr>
          <th scope="col">ID</th>
          <th scope="col">Title</th>
          <th scope="col">Criticality</th>
          <th scope="col">Safety</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p) => (
          <tr key={p.id} className={p.id === selectedId ? 'selected' : undefined}>
            <th scope="row">{p.humanId}</th>
            <td>
              <button type="button" className="link-button" aria-pressed={p.id === selectedId} onClick={() => select(p.id)}>
                {p.title}
              </button>
              <span className="muted small"> · {p.type}, {p.source}</span>
            </td>
            <td>
              <span className={`badge criticality-${p.criticality}`}>{p.criticality}</span>
            </td>
            <td>{safetyText(p)}</td>
            <td>{p.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
