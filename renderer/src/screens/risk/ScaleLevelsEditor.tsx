import { withLevels, resizeScale, type ScaleKey } from '../../../../shared/risk/resize-scales';
import {
  HARM_LEVEL_LABELS,
  HARM_LEVELS,
  rangeText,
  SCALE_MAX_LEVELS,
  SCALE_MIN_LEVELS,
  type HarmLevel,
  type ProbabilityLevel,
  type RiskScales,
  type SeverityLevel,
} from '../../../../shared/risk/scales';
import { RangeInput } from './RangeInput';

const COUNTS = Array.from({ length: SCALE_MAX_LEVELS - SCALE_MIN_LEVELS + 1 }, (_, i) => SCALE_MIN_LEVELS + i);

interface ScaleLevelsEditorProps {
  scaleKey: ScaleKey;
  /** "S", "P", "P1", "P2": how the matrix and messages name the levels. */
  symbol: string;
  title: string;
  scales: RiskScales;
  /** The field a refusal names ("severity.2.name"), to mark that input. */
  problemField: string | undefined;
  onChange: (scales: RiskScales) => void;
}

/**
 * One scale of the plan: how many levels (3–6), and each level's name, definition and either its range
 * (probability) or the IEC 62304 harm it maps to (severity). Every change goes through withLevels, so the
 * matrix and the P1 × P2 table keep the scale's size.
 */
export function ScaleLevelsEditor({ scaleKey, symbol, title, scales, problemField, onChange }: ScaleLevelsEditorProps) {
  const levels: (SeverityLevel | ProbabilityLevel)[] = scales[scaleKey];
  const severity = scaleKey === 'severity';
  const set = (i: number, change: Partial<SeverityLevel & ProbabilityLevel>) =>
    onChange(withLevels(scales, scaleKey, levels.map((l, j) => (j === i ? { ...l, ...change } : l)) as SeverityLevel[] | ProbabilityLevel[]));
  const invalid = (i: number, part: string) => problemField === `${scaleKey}.${i}.${part}` || undefined;
  return (
    <fieldset className="fieldset risk-scale" data-testid={`scale-${scaleKey}`}>
      <legend>{title}</legend>
      <label className="field risk-scale-count">
        <span className="field-label">Levels on the {symbol} scale</span>
        <select
          className="select"
          value={levels.length}
          aria-invalid={problemField === scaleKey || undefined}
          onChange={(e) => onChange(resizeScale(scales, scaleKey, Number(e.target.value)))}
        >
          {COUNTS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <table className="table risk-scale-table">
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Name</th>
            <th scope="col">Definition</th>
            <th scope="col">{severity ? 'IEC 62304 harm' : 'Starts at'}</th>
            {!severity && <th scope="col">Range</th>}
          </tr>
        </thead>
        <tbody>
          {levels.map((level, i) => {
            const name = `${symbol}${i + 1}`;
            return (
              <tr key={i}>
                <th scope="row">{name}</th>
                <td>
                  <input className="input" aria-label={`${name} name`} aria-invalid={invalid(i, 'name')} value={level.name} onChange={(e) => set(i, { name: e.target.value })} />
                </td>
                <td>
                  <input className="input" aria-label={`${name} definition`} value={level.definition} onChange={(e) => set(i, { definition: e.target.value })} />
                </td>
                <td>
                  {'harm' in level ? (
                    <select
                      className="select"
                      aria-label={`${name} maps to`}
                      aria-invalid={invalid(i, 'harm')}
                      value={level.harm}
                      onChange={(e) => set(i, { harm: e.target.value as HarmLevel })}
                    >
                      {HARM_LEVELS.map((h) => (
                        <option key={h} value={h}>
                          {HARM_LEVEL_LABELS[h]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <RangeInput label={`${name} starts at`} value={level.min} invalid={Boolean(invalid(i, 'min'))} onChange={(min) => set(i, { min })} />
                  )}
                </td>
                {!severity && <td className="small">{rangeText(levels as ProbabilityLevel[], i)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
