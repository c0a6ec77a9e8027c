import type { RiskRecord } from '../../../../shared/api/risk-types';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { FieldBinding } from '../../hooks/use-form';

/** The choice that asks for a new record typed in the field below instead of an existing one. */
export const NEW_RECORD = 'new';

/** Picks an existing hazard, situation or harm, or names a new one in the same place. */
export function RecordPicker({ label, records, choice, name }: { label: string; records: RiskRecord[]; choice: FieldBinding; name: FieldBinding }) {
  const options = [
    { value: '', label: 'Choose…' },
    ...records.map((r) => ({ value: String(r.id), label: `${r.humanId} ${r.name}` })),
    { value: NEW_RECORD, label: `New ${label.toLowerCase()}…` },
  ];
  return (
    <>
      <SelectField label={label} options={options} {...choice} />
      {choice.value === NEW_RECORD ? <TextField label={`Name of the new ${label.toLowerCase()}`} {...name} /> : <div />}
    </>
  );
}
