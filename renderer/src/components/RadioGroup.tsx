import { useId, type ReactNode } from 'react';
import type { Option } from './SelectField';

interface RadioGroupProps {
  legend: string;
  /** Plain-language help under the question, read with it. */
  help?: ReactNode;
  name: string;
  options: readonly Option[];
  value: string;
  error?: string;
  onChange(value: string): void;
}

/** A question answered by one of a few choices: a fieldset whose legend, help and error are tied together. */
export function RadioGroup({ legend, help, name, options, value, error, onChange }: RadioGroupProps) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className="fieldset question" aria-describedby={[helpId, errorId].filter(Boolean).join(' ') || undefined} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {help && (
        <div id={helpId} className="field-hint">
          {help}
        </div>
      )}
      <div className="radio-options">
        {options.map((option) => (
          <label key={option.value} className="radio-option">
            <input type="radio" name={`${id}-${name}`} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
