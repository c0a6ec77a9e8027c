import type { KnownAnomaly } from '../../../../shared/api/releases-types';
import { SCREENS, useNavStore, type Screen } from '../../stores/nav-store';

/** Problem reports are edited on their own screen; it may not exist in every build yet, so ask the list. */
const PROBLEMS_SCREEN = 'problems';
const isScreen = (name: string): name is Screen => (SCREENS as readonly string[]).includes(name);

const safetyWords = (a: KnownAnomaly) => (a.affectsSafety === null ? 'Not evaluated' : a.affectsSafety ? 'Yes' : 'No');

/** The known residual anomalies, read-only: they are the open problem reports, edited where problems are. */
export function AnomalyTable({ anomalies }: { anomalies: KnownAnomaly[] }) {
  const go = useNavStore((state) => state.go);
  return (
    <>
      {anomalies.length === 0 ? (
        <p className="muted">No open problem reports: this release has no known residual anomalies.</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="anomaly-table">
            <caption className="visually-hidden">Known residual anomalies</caption>
            <thead>
              <tr>
                <th scope="col">ID</th>
                <th scope="col">Title</th>
                <th scope="col">Criticality</th>
                <th scope="col">Affects safety</th>
                <th scope="col">Decision</th>
                <th scope="col">Evaluation</th>
                <th scope="col">User mitigation</th>
              </tr>
            </thead>
            <tbody>
              {anomalies.map((a) => (
                <tr key={a.id}>
                  <td>{a.humanId}</td>
                  <td>{a.title}</td>
                  <td>{a.criticality}</td>
                  <td>{safetyWords(a)}</td>
                  <td>{a.decision}</td>
                  <td>{a.evaluation || <span className="muted">Not evaluated</span>}</td>
                  <td>{a.mitigation || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isScreen(PROBLEMS_SCREEN) && (
        <p>
          <button type="button" className="button" onClick={() => go(PROBLEMS_SCREEN)}>
            Edit problem reports
          </button>
        </p>
      )}
    </>
  );
}
