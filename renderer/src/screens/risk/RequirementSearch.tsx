import { useEffect, useState } from 'react';
import type { Requirement } from '../../../../shared/api/requirements-types';
import { api } from '../../api/client';

/** How many matches the picker lists: enough to choose from, small enough to read. */
const MATCHES = 20;

/** Finds an existing requirement by ID or words and picks it; the list is fetched as you type. */
export function RequirementSearch({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<Requirement[]>([]);
  useEffect(() => {
    let current = true;
    api('requirements.list', { offset: 0, limit: MATCHES, filter: text.trim() ? { text: text.trim() } : {} })
      .then((page) => current && setMatches(page.rows))
      .catch(() => current && setMatches([]));
    return () => {
      current = false;
    };
  }, [text]);
  return (
    <div className="soup-filters">
      <label className="field">
        <span className="field-label">Find a requirement</span>
        <input className="input" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="REQ-012 or words" />
      </label>
      <label className="field">
        <span className="field-label">Existing requirement</span>
        <select className="select" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">None yet</option>
          {matches.map((r) => (
            <option key={r.id} value={r.id}>
              {r.humanId} {r.title || r.text.slice(0, 60)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
