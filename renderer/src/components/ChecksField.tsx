import { checkboxValue, isChecked } from '../forms/checkbox-value';
import type { FieldBinding } from '../hooks/use-form';
import { CheckboxField } from './CheckboxField';
import type { Option } from './SelectField';

interface ChecksFieldProps extends FieldBinding {
  label: string;
  options: readonly Option[];
}

/** Any number of options ticked, in a form of strings: the value is the ticked options' values joined by commas. */
export function ChecksField({ label, options, name, value, error, onChange }: ChecksFieldProps) {
  const ticked = value.split(',').filter((v) => v !== '');
  const toggle = (option: string, on: boolean) =>
    onChange(
      options
        .map((o) => o.value)
        .filter((v) => (v === option ? on : ticked.includes(v)))
        .join(','),
    );
  return (
    <fieldset className="fieldset">
      <legend>{label}</legend>
      {options.map((o) => (
        <CheckboxField key={o.value} name={`${name}-${o.value}`} value={checkboxValue(ticked.includes(o.value))} error={undefined} onChange={(v) => toggle(o.value, isChecked(v))}>
          {o.label}
        </CheckboxField>
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
