import { useId, type ReactNode } from 'react';
import { checkboxValue, isChecked } from '../forms/checkbox-value';
import type { FieldBinding } from '../hooks/use-form';

interface CheckboxFieldProps extends FieldBinding {
  children: ReactNode;
}

/** A labelled checkbox in a form of strings (see checkbox-value.ts for how it is held). */
export function CheckboxField({ children, name, value, error, onChange }: CheckboxFieldProps) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label className="check-option">
        <input
          type="checkbox"
          name={name}
          checked={isChecked(value)}
          onChange={(event) => onChange(checkboxValue(event.target.checked))}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
        />
        <span>{children}</span>
      </label>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
