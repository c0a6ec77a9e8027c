import { useId } from 'react';
import type { FieldBinding } from '../hooks/use-form';

interface TextAreaFieldProps extends FieldBinding {
  label: string;
  hint?: string;
  maxLength?: number;
  rows?: number;
}

/** A labelled multi-line input for prose, its hint and error tied to it for screen readers. */
export function TextAreaField({ label, hint, error, name, value, onChange, maxLength, rows = 4 }: TextAreaFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        className="input prose-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
