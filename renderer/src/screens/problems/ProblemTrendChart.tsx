import { CRITICALITIES, type Criticality, type TrendMonth } from '../../../../shared/changes/problem-trend';
import { plural } from '../../../../shared/domain/words';

const BAR = 28;
const GAP = 14;
const HEIGHT = 120;
/** Darker is more critical; each segment also carries a letter, so the picture does not rely on colour. */
const SHADES: Record<Criticality, string> = { high: '#a3262a', medium: '#c77d14', low: '#7a8594' };
const LETTER: Record<Criticality, string> = { high: 'H', medium: 'M', low: 'L' };

/** One month in words: the same facts as its bar. */
export function describeMonth(m: TrendMonth): string {
  if (m.total === 0) return `${m.month}: no problems`;
  const crit = CRITICALITIES.filter((c) => m.byCriticality[c] > 0).map((c) => `${m.byCriticality[c]} ${c}`);
  const types = Object.entries(m.byType)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${t}`);
  return `${m.month}: ${plural(m.total, 'problem')} (${crit.join(', ')}; ${types.join(', ')})`;
}

/** Problems per month as stacked bars by criticality (9.6), with the counts written out beside the picture. */
export function ProblemTrendChart({ months }: { months: TrendMonth[] }) {
  if (months.length === 0) return <p className="muted">No problems reported yet, so there is no trend to show.</p>;
  const max = Math.max(...months.map((m) => m.total), 1);
  const width = months.length * (BAR + GAP) + GAP;
  return (
    <figure className="problem-trend">
      <figcaption>
        <strong>Problems reported per month</strong> <span className="muted small">· bars split by criticality: H high, M medium, L low</span>
      </figcaption>
      <div className="problem-trend-body">
        <svg viewBox={`0 0 ${width} ${HEIGHT + 36}`} width={Math.min(width, 640)} role="img" aria-label={months.map(describeMonth).join('. ')}>
          {months.map((m, i) => {
            const x = GAP + i * (BAR + GAP);
            let y = HEIGHT;
            return (
              <g key={m.month}>
                {CRITICALITIES.map((c) => {
                  const n = m.byCriticality[c];
                  if (n === 0) return null;
                  const h = (n / max) * (HEIGHT - 14);
                  y -= h;
                  return (
                    <g key={c}>
                      <rect x={x} y={y} width={BAR} height={h} fill={SHADES[c]} />
                      {h >= 12 && (
                        <text x={x + BAR / 2} y={y + h / 2 + 4} textAnchor="middle" className="problem-trend-letter">
                          {LETTER[c]}
                        </text>
                      )}
                    </g>
                  );
                })}
                <text x={x + BAR / 2} y={y - 3} textAnchor="middle" className="problem-trend-count">
                  {m.total}
                </text>
                <text x={x + BAR / 2} y={HEIGHT + 14} textAnchor="middle" className="problem-trend-month">
                  {m.month.slice(5)}
                </text>
                {(i === 0 || m.month.endsWith('-01')) && (
                  <text x={x + BAR / 2} y={HEIGHT + 28} textAnchor="middle" className="problem-trend-month">
                    {m.month.slice(0, 4)}
                  </text>
                )}
              </g>
            );
          })}
          <line x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} className="problem-trend-axis" />
        </svg>
        <ul className="problem-trend-words small">
          {months.map((m) => (
            <li key={m.month}>{describeMonth(m)}</li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
