import { useId, type InputHTMLAttributes } from 'react';
import type { FieldBinding } from '../hooks/use-form';

interface TextFieldProps extends FieldBinding {
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'search' | 'date';
  autoComplete?: InputHTMLAttributes<HTMLInputElement>['autoComplete'];
  required?: boolean;
  maxLength?: number;
  className?: string;
  autoFocus?: boolean;
  inputClassName?: string;
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function TextField({
  label,
  hint,
  error,
  name,
  value,
  onChange,
  type = 'text',
  className,
  inputClassName,
  ...rest
}: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        className={['input', inputClassName].filter(Boolean).join(' ')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
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
