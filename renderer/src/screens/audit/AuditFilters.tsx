import { useEffect, useState } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import { SelectField, type Option } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { EMPTY_FILTER, useAuditStore, type AuditFilter } from '../../stores/audit-store';
import { actionLabel } from './audit-diff';

/** Typing waits this long before querying, so each keystroke does not cost a round trip. */
const TEXT_DELAY_MS = 300;

const ANY: Option = { value: '', label: 'Any' };

function binding(filter: AuditFilter, key: keyof AuditFilter, change: (key: keyof AuditFilter, value: string) => void) {
  return { name: key, value: filter[key], error: undefined, onChange: (value: string) => change(key, value) };
}

export function AuditFilters() {
  const applied = useAuditStore((state) => state.filter);
  const facets = useAuditStore((state) => state.facets);
  const setFilter = useAuditStore((state) => state.setFilter);
  const [draft, setDraft] = useState<AuditFilter>(applied);

  // Free text is applied after a pause; every other filter at once.
  useEffect(() => {
    if (draft.text === applied.text) return;
    const timer = setTimeout(() => void setFilter({ ...applied, text: draft.text }), TEXT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft.text, applied, setFilter]);

  function change(key: keyof AuditFilter, value: string) {
    const next = { ...draft, [key]: value };
    setDraft(next);
    if (key !== 'text') void setFilter({ ...next, text: applied.text });
  }

  const entities = [ANY, ...(facets?.entities ?? []).map((e) => ({ value: e, label: e }))];
  const actions = [ANY, ...(facets?.actions ?? []).map((a) => ({ value: a, label: actionLabel(a) }))];
  const people = [ANY, ...(facets?.users ?? []).map((u) => ({ value: String(u.id), label: u.name }))];
  const anySet = Object.values(draft).some(Boolean);

  return (
    <form className="audit-filters" role="search" aria-label="Filter the audit trail" onSubmit={(event) => event.preventDefault()}>
      <TextField label="Search summary, entity ID or person" type="search" className="field-text" maxLength={LIMITS.name} {...binding(draft, 'text', change)} />
      <SelectField label="Entity" options={entities} className="field-compact" {...binding(draft, 'entity', change)} />
      <SelectField label="Action" options={actions} className="field-compact" {...binding(draft, 'action', change)} />
      <SelectField label="Person" options={people} className="field-compact" {...binding(draft, 'userId', change)} />
      <TextField label="From" type="date" className="field-date" {...binding(draft, 'from', change)} />
      <TextField label="To" type="date" className="field-date" {...binding(draft, 'to', change)} />
      {anySet && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setDraft(EMPTY_FILTER);
            void setFilter(EMPTY_FILTER);
          }}
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
