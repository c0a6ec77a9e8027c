import type { RiskMatrix } from '../../../../shared/api/risk-types';
import { MatrixHead } from './MatrixHead';
import type { MatrixWhen, RiskView } from '../../../../shared/risk/table-view';

interface HeatMapProps {
  matrix: RiskMatrix;
  when: MatrixWhen;
  cell: RiskView['cell'];
  onPick: (cell: RiskView['cell']) => void;
}

const TITLES: Record<MatrixWhen, string> = { initial: 'Before risk control', residual: 'After risk control' };

/**
 * One P × S matrix with the number of chains in each cell. Unacceptable cells carry the word and a hatch
 * as well as the colour, so the meaning survives grey-scale print and colour blindness. Each cell is a
 * toggle button that narrows the table to its chains.
 */
export function HeatMap({ matrix, when, cell, onPick }: HeatMapProps) {
  const counts = when === 'initial' ? matrix.initial : matrix.residual;
  const unacceptable = when === 'initial' ? matrix.unacceptableInitial : matrix.unacceptableResidual;
  const rows = matrix.probability.map((name, i) => ({ p: i + 1, name })).reverse();
  return (
    <figure className="risk-heat" data-testid={`heat-${when}`}>
      <figcaption>
        <strong>{TITLES[when]}</strong>
        <span className="muted small">
          {' '}
          · {unacceptable} unacceptable{when === 'residual' && matrix.residualPending > 0 ? ` · ${matrix.residualPending} not estimated yet` : ''}
        </span>
      </figcaption>
      <table className="risk-heat-table">
        <caption className="visually-hidden">{TITLES[when]}: chains per probability and severity</caption>
        <MatrixHead severity={matrix.severity.map((name) => ({ name, title: name }))} />
        <tbody>
          {rows.map(({ p, name }) => (
            <tr key={p}>
              <th scope="row" title={name}>
                P{p}
                <span className="risk-heat-axis">{name}</span>
              </th>
              {matrix.severity.map((sName, j) => {
                const s = j + 1;
                const verdict = matrix.acceptability[p - 1]?.[j] ?? 'acceptable';
                const count = counts[p - 1]?.[j] ?? 0;
                const active = cell?.when === when && cell.p === p && cell.s === s;
                return (
                  <td key={sName} className={`risk-cell risk-cell-${verdict}${count ? ' risk-cell-used' : ''}`}>
                    <button
                      type="button"
                      className="risk-cell-button"
                      aria-pressed={active}
                      aria-label={`${TITLES[when]}, P${p} × S${s}: ${count} ${count === 1 ? 'chain' : 'chains'}, ${verdict}`}
                      onClick={() => onPick(active ? null : { when, p, s })}
                    >
                      <span className="risk-cell-count">{count}</span>
                      <span className="risk-cell-verdict" aria-hidden="true">
                        {verdict === 'unacceptable' ? '✕ not OK' : 'OK'}
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
