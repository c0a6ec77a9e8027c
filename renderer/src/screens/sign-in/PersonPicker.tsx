import { useId } from 'react';
import type { SignInCandidate } from '../../../../shared/api/types';
import { RoleBadge } from '../../components/RoleBadge';
import type { FieldBinding } from '../../hooks/use-form';

interface PersonPickerProps extends FieldBinding {
  candidates: SignInCandidate[];
}

/** Radio buttons, one per active team member: arrow keys move between them, as people expect. */
export function PersonPicker({ candidates, name, value, error, onChange }: PersonPickerProps) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className="fieldset" aria-describedby={errorId}>
      <legend>Who are you?</legend>
      {candidates.length === 0 && <p className="muted">Nobody on this team can sign in: every account is deactivated.</p>}
      <div className="person-list">
        {candidates.map((person) => (
          <label key={person.id} className="person-option">
            <input type="radio" name={name} value={person.email} checked={value === person.email} onChange={() => onChange(person.email)} aria-invalid={error ? true : undefined} />
            <span className="person-text">
              <span className="person-name">{person.name}</span>
              <span className="muted small">{person.email}</span>
            </span>
            <RoleBadge role={person.role} />
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
