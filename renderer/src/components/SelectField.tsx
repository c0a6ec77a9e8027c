import { useId } from 'react';
import type { FieldBinding } from '../hooks/use-form';

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
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className={hideLabel ? 'visually-hidden' : 'field-label'} htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        className="select"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
