import type { FieldBinding } from '../hooks/use-form';
import { FieldFrame } from './FieldFrame';

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps extends FieldBinding {
  label: string;
  options: readonly Option[];
  className?: string;
  hideLabel?: boolean;
  disabled?: boolean;
}

/** A labelled select with its error tied to it. */
export function SelectField({ label, options, error, name, value, onChange, className, hideLabel, disabled }: SelectFieldProps) {
  return (
    <FieldFrame label={label} error={error} className={className} hideLabel={hideLabel}>
      {(control) => (
        <select {...control} name={name} className="select" value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
