import type { InputHTMLAttributes } from 'react';
import type { FieldBinding } from '../hooks/use-form';
import { FieldFrame } from './FieldFrame';

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
export function TextField({ label, hint, error, name, value, onChange, type = 'text', className, inputClassName, ...rest }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          className={['input', inputClassName].filter(Boolean).join(' ')}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}
