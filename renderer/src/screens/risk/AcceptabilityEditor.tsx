import type { ReactNode } from 'react';
import type { Acceptability, RiskScales } from '../../../../shared/risk/scales';
import { MatrixHead } from './MatrixHead';

const flip = (a: Acceptability): Acceptability => (a === 'acceptable' ? 'unacceptable' : 'acceptable');

/**
 * The acceptability matrix edited by clicking its cells: each click flips a cell between acceptable and
 * unacceptable. It edits the draft scales it is given, so it has the size of the scales being edited;
 * `children` holds the actions that save or drop the draft.
 */
export function AcceptabilityEditor({ scales, onChange, children }: { scales: RiskScales; onChange: (cells: Acceptability[][]) => void; children: ReactNode }) {
  const cells = scales.acceptability;
  const rows = scales.probability.map((level, i) => ({ p: i + 1, name: level.name })).reverse();
  return (
    <section className="card" aria-labelledby="risk-acceptability-title">
      <h2 id="risk-acceptability-title">Acceptability matrix</h2>
      <p className="muted">Click a cell to switch it between acceptable and unacceptable. Probability is counted {scales.probabilityUnit || 'per the unit the plan names'}.</p>
      <table className="risk-heat-table">
        <caption className="visually-hidden">Acceptability of each probability and severity</caption>
        <MatrixHead severity={scales.severity.map((l) => ({ name: l.name, title: l.definition }))} />
        <tbody>
          {rows.map(({ p, name }) => (
            <tr key={p}>
              <th scope="row">
                P{p}
                <span className="risk-heat-axis">{name}</span>
              </th>
              {scales.severity.map((level, j) => {
                const verdict = cells[p - 1]?.[j] ?? 'acceptable';
                return (
                  <td key={`${j}-${level.name}`} className={`risk-cell risk-cell-${verdict}`}>
                    <button
                      type="button"
                      className="risk-cell-button"
                      aria-label={`P${p} × S${j + 1}: ${verdict}. Switch to ${flip(verdict)}`}
                      onClick={() => onChange(cells.map((row, i) => (i === p - 1 ? row.map((c, k) => (k === j ? flip(c) : c)) : row)))}
                    >
                      <span className="risk-cell-verdict">{verdict === 'unacceptable' ? '✕ not OK' : 'OK'}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {children}
    </section>
  );
}
