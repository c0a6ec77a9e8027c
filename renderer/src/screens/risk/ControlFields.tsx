import { CONTROL_TYPE_LABELS, CONTROL_TYPES } from '../../../../shared/risk/controls';
import { CheckboxField } from '../../components/CheckboxField';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { FieldBinding } from '../../hooks/use-form';

/** A control's own fields as form values; the flag is "true" or "". */
export const CONTROL_FIELD_VALUES = { type: 'inherent-safety', name: '', description: '', implementationVerification: '', effectivenessVerification: '', introducesHazard: '' };

/**
 * What a control is, shared by the add and edit dialogs: its type, offered in the order ISO 14971 7.1
 * prefers them, its words, how it is verified (7.2) and whether it may bring a new hazard (7.5).
 */
export function ControlFields({ field }: { field: (name: string) => FieldBinding }) {
  const type = field('type');
  return (
    <>
      <RadioGroup
        legend="Type of control"
        help="In the order the standard asks you to consider them: make the design safe first, then protect, and only then inform."
        name="type"
        options={CONTROL_TYPES.map((t) => ({ value: t, label: CONTROL_TYPE_LABELS[t] }))}
        value={type.value}
        error={type.error}
        onChange={type.onChange}
      />
      <div className="field-grid">
        <TextField label="Control" className="field-wide" {...field('name')} />
        <div className="field-wide">
          <TextAreaField label="Description" rows={2} {...field('description')} />
        </div>
        <TextAreaField label="Verification of implementation" rows={2} hint="How you will show it is in the product." {...field('implementationVerification')} />
        <TextAreaField label="Verification of effectiveness" rows={2} hint="How you will show it reduces the risk." {...field('effectivenessVerification')} />
      </div>
      <CheckboxField {...field('introducesHazard')}>This control could introduce a new hazard (to be analysed, ISO 14971 7.5)</CheckboxField>
    </>
  );
}

/** A control's own fields out of a form's values, still as strings: the method's schema parses them. */
export function controlValues(v: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(CONTROL_FIELD_VALUES).map((name) => [name, v[name] ?? '']));
}
