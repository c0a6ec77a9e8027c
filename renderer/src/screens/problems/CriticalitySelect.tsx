import { CRITICALITIES, type Criticality } from '../../../../shared/changes/problem-trend';

const LABELS: Record<Criticality, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** The criticalities as a select field offers them, most severe first. */
export const CRITICALITY_OPTIONS = CRITICALITIES.map((c) => ({ value: c, label: LABELS[c] }));

/** How critical a problem is (IEC 62304 9.1), as one labelled select wherever a problem is raised. */
export function CriticalitySelect({ label = 'Criticality', value, onChange }: { label?: string; value: Criticality; onChange: (value: Criticality) => void }) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select className="select" value={value} onChange={(e) => onChange(e.target.value as Criticality)}>
        {CRITICALITIES.map((c) => (
          <option key={c} value={c}>
            {LABELS[c]}
          </option>
        ))}
      </select>
    </label>
  );
}
