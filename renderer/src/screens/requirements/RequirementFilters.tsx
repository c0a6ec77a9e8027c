import { useEffect, useState } from 'react';
import { useRequirementsStore, type RequirementFilter } from '../../stores/requirements-store';
import { METHOD_CHOICES, SOURCE_CHOICES, STATUS_CHOICES, TYPE_CHOICES, type Choice } from './requirement-columns';

const ANY = { value: '', label: 'Any' };
/** Typing waits this long before asking the core, so each keystroke does not start a query. */
const TEXT_DELAY_MS = 250;

function FilterSelect({ label, value, choices, onChange }: { label: string; value: string | undefined; choices: Choice[]; onChange: (value: string) => void }) {
  // "Not stated" / "Not chosen" filter for the empty value, so they get their own key.
  const options = [ANY, ...choices.map((c) => (c.value === '' ? { value: '-', label: c.label } : c))];
  return (
    <label className="field req-filter">
      <span className="field-label">{label}</span>
      <select className="select" value={value === '' ? '-' : (value ?? '')} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Search and filters; each change asks the core for the first page of the new list. */
export function RequirementFilters() {
  const filter = useRequirementsStore((s) => s.filter);
  const tree = useRequirementsStore((s) => s.tree);
  const setFilter = useRequirementsStore((s) => s.setFilter);
  const [text, setText] = useState(filter.text ?? '');

  useEffect(() => {
    if (text === (filter.text ?? '')) return;
    const timer = setTimeout(() => void setFilter({ ...filter, text: text || undefined }), TEXT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, filter, setFilter]);

  const pick = (key: keyof RequirementFilter) => (value: string) => void setFilter({ ...filter, [key]: value === '' ? undefined : value === '-' ? '' : value });
  const nodes = tree.flatMap(function walk(n): { value: string; label: string }[] {
    return [{ value: String(n.id), label: `${n.humanId} ${n.name}` }, ...n.children.flatMap(walk)];
  });

  return (
    <div className="req-filters" role="search">
      <label className="field req-filter req-filter-text">
        <span className="field-label">Search</span>
        <input className="input" type="search" value={text} placeholder="ID, title or text" onChange={(e) => setText(e.target.value)} />
      </label>
      <FilterSelect label="Type" value={filter.type} choices={TYPE_CHOICES} onChange={pick('type')} />
      <FilterSelect label="Source" value={filter.source} choices={SOURCE_CHOICES} onChange={pick('source')} />
      <FilterSelect label="Verification" value={filter.verificationMethod} choices={METHOD_CHOICES} onChange={pick('verificationMethod')} />
      <FilterSelect label="Status" value={filter.status} choices={STATUS_CHOICES} onChange={pick('status')} />
      <label className="field req-filter">
        <span className="field-label">Software item</span>
        <select className="select" value={filter.itemId ?? ''} onChange={(e) => void setFilter({ ...filter, itemId: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">Any</option>
          {nodes.map((n) => (
            <option key={n.value} value={n.value}>
              {n.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
