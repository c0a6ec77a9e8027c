import { useId, type ReactNode } from 'react';
import type { FieldBinding } from '../hooks/use-form';

interface CheckboxFieldProps extends FieldBinding {
  children: ReactNode;
}

/** A labelled checkbox in a form of strings: checked is "true", unchecked is "". */
export function CheckboxField({ children, name, value, error, onChange }: CheckboxFieldProps) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label className="check-option">
        <input
          type="checkbox"
          name={name}
          checked={value === 'true'}
          onChange={(event) => onChange(event.target.checked ? 'true' : '')}
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
