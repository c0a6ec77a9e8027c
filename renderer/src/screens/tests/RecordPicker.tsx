import { useState } from 'react';
import type { Verifiable } from '../../stores/tests-store';

interface Props {
  legend: string;
  options: Verifiable[];
  chosen: Set<number>;
  onChange: (chosen: Set<number>) => void;
}

/** Check records from a list — what a case verifies, which cases a run executes; a filter narrows long lists. */
export function RecordPicker({ legend, options, chosen, onChange }: Props) {
  const [text, setText] = useState('');
  const needle = text.trim().toLowerCase();
  const shown = options.filter((o) => chosen.has(o.id) || !needle || `${o.humanId} ${o.title}`.toLowerCase().includes(needle));
  const toggle = (id: number) => {
    const next = new Set(chosen);
    if (!next.delete(id)) next.add(id);
    onChange(next);
  };
  return (
    <fieldset className="fieldset test-verifies">
      <legend>
        {legend} ({chosen.size} chosen)
      </legend>
      {options.length > 8 && (
        <input
          className="input"
          type="search"
          aria-label={`Filter ${legend.toLowerCase()}`}
          placeholder="Filter by ID or title"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      {options.length === 0 ? (
        <p className="muted small">None recorded yet.</p>
      ) : (
        <ul className="test-verifies-list">
          {shown.map((o) => (
            <li key={o.id}>
              <label className="check-option">
                <input type="checkbox" checked={chosen.has(o.id)} onChange={() => toggle(o.id)} />
                <span>
                  <strong>{o.humanId}</strong> {o.title}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
