import { useState } from 'react';
import { useRequirementsStore, type BulkSet } from '../../stores/requirements-store';
import { METHOD_CHOICES, SOURCE_CHOICES, STATUS_CHOICES, TYPE_CHOICES, type Choice } from './requirement-columns';

const FIELDS: { key: keyof BulkSet; label: string; choices: Choice[] }[] = [
  { key: 'status', label: 'Status', choices: STATUS_CHOICES },
  { key: 'type', label: 'Type', choices: TYPE_CHOICES },
  { key: 'source', label: 'Source', choices: SOURCE_CHOICES },
  { key: 'verificationMethod', label: 'Verification', choices: METHOD_CHOICES },
];

/** Sets one field to one value on every selected requirement, in one transaction. */
export function BulkEditBar() {
  const selected = useRequirementsStore((s) => s.selected);
  const [field, setField] = useState<keyof BulkSet>('status');
  const choices = FIELDS.find((f) => f.key === field)?.choices ?? [];
  const [value, setValue] = useState(choices[0]?.value ?? '');
  if (selected.size === 0) return null;
  const { bulkUpdate, selectOnly } = useRequirementsStore.getState();
  return (
    <div className="req-bulk" role="region" aria-label="Bulk edit">
      <strong>{selected.size} selected</strong>
      <label className="field req-filter">
        <span className="field-label">Set</span>
        <select
          className="select"
          value={field}
          onChange={(e) => {
            const next = e.target.value as keyof BulkSet;
            setField(next);
            setValue(FIELDS.find((f) => f.key === next)?.choices[0]?.value ?? '');
          }}
        >
          {FIELDS.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field req-filter">
        <span className="field-label">To</span>
        <select className="select" value={value} onChange={(e) => setValue(e.target.value)}>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button-primary" onClick={() => void bulkUpdate({ [field]: value }).catch(() => undefined)}>
        Apply to {selected.size}
      </button>
      <button type="button" className="button button-quiet" onClick={() => selectOnly([])}>
        Clear selection
      </button>
    </div>
  );
}
