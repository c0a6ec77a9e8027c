import { useState } from 'react';
import type { RiskRecord } from '../../../../shared/api/risk-types';
import { HAZARD_CATEGORIES, HAZARD_CATEGORY_LABELS, type HazardCategory } from '../../../../shared/risk/catalogue';
import { api } from '../../api/client';
import { FORM_ERROR } from '../../api/field-errors';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useRiskStore } from '../../stores/risk-store';
import { ConfirmRemove } from './ConfirmRemove';
import { DialogActions } from './DialogActions';

const usedBy = (n: number) => (n === 0 ? 'not used by any chain' : `used by ${n} ${n === 1 ? 'chain' : 'chains'}`);

/** One hazard, hazardous situation or harm: renamed or re-described in place, or removed when no chain needs it. */
export function RiskRecordItem({ record }: { record: RiskRecord }) {
  const run = useRiskStore((s) => s.run);
  const [editing, setEditing] = useState(false);
  const form = useForm({ name: record.name, description: record.description, category: record.category });
  const hazard = record.kind === 'hazard';
  const toggle = () => {
    if (!editing) form.reset({ name: record.name, description: record.description, category: record.category });
    setEditing(!editing);
  };

  async function save(v: Record<string, string>) {
    await run(
      () =>
        api('risk.updateRecord', {
          kind: record.kind,
          id: record.id,
          name: v.name ?? '',
          description: v.description ?? '',
          ...(hazard ? { category: v.category as HazardCategory } : {}),
        }),
      (r) => `${r.humanId} saved.`,
      true,
    );
    setEditing(false);
  }

  const label = `${record.humanId} ${record.name}`;
  return (
    <li className="risk-record">
      <div className="risk-record-head">
        <span>
          <strong>{record.humanId}</strong> {record.name}
          {hazard && record.category && <span className="muted small"> ({HAZARD_CATEGORY_LABELS[record.category]})</span>}
          <span className="muted small"> · {usedBy(record.chains)}</span>
        </span>
        <span className="button-row">
          <button type="button" className="button button-small" aria-expanded={editing} onClick={toggle}>
            Edit<span className="visually-hidden"> {label}</span>
          </button>
          <ConfirmRemove
            what={label}
            onConfirm={() =>
              run(
                () => api('risk.removeRecord', { kind: record.kind, id: record.id }),
                (r) => `${r.removed} removed.`,
                true,
              )
            }
          />
        </span>
      </div>
      {record.description && !editing && <p className="small">{record.description}</p>}
      {editing && (
        <form
          noValidate
          className="risk-record-form"
          aria-label={`Edit ${record.humanId}`}
          onSubmit={(event) => void form.submit(event, (v) => (v.name?.trim() ? {} : { name: 'Name it.' }), save)}
        >
          <div className="field-grid">
            <TextField label="Name" {...form.field('name')} />
            {hazard ? (
              <SelectField label="Category" options={HAZARD_CATEGORIES.map((c) => ({ value: c, label: HAZARD_CATEGORY_LABELS[c] }))} {...form.field('category')} />
            ) : (
              <div />
            )}
            <div className="field-wide">
              <TextAreaField label="Description" rows={2} {...form.field('description')} />
            </div>
          </div>
          <DialogActions error={form.errors[FORM_ERROR]} busy={form.busy} busyLabel="Saving…" label="Save" onCancel={() => setEditing(false)} />
        </form>
      )}
    </li>
  );
}
