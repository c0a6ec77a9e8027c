import type { FieldBinding } from '../hooks/use-form';
import { FieldFrame } from './FieldFrame';

interface TextAreaFieldProps extends FieldBinding {
  label: string;
  hint?: string;
  maxLength?: number;
  rows?: number;
}

/** A labelled multi-line input for prose, its hint and error tied to it for screen readers. */
export function TextAreaField({ label, hint, error, name, value, onChange, maxLength, rows = 4 }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(control) => (
        <textarea {...control} name={name} rows={rows} maxLength={maxLength} className="input prose-input" value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldFrame>
  );
}
