import { useId } from 'react';
import type { TeamMember } from '../../../../shared/api/types';
import { RoleBadge } from '../../components/RoleBadge';
import type { FieldBinding } from '../../hooks/use-form';

/** use-form holds strings, so a set of people is kept as their ids joined by commas. */
export function idsOf(value: string): number[] {
  return value ? value.split(',').map(Number) : [];
}

interface PeopleChecklistProps extends FieldBinding {
  legend: string;
  hint: string;
  people: TeamMember[];
  /** Shown instead of the list when nobody qualifies. */
  emptyText: string;
  /** People listed but not choosable here, with the reason (e.g. the author as reviewer). */
  unavailable?: Partial<Record<number, string>>;
}

/** Check boxes, one per eligible person; the field's error sits under the group and marks every box. */
export function PeopleChecklist({ legend, hint, people, emptyText, unavailable = {}, name, value, error, onChange }: PeopleChecklistProps) {
  const id = useId();
  const chosen = new Set(idsOf(value));
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  function toggle(personId: number, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(personId);
    else next.delete(personId);
    onChange([...next].join(','));
  }

  return (
    <fieldset className="fieldset" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {people.length === 0 && <p className="muted small">{emptyText}</p>}
      <div className="person-list">
        {people.map((person) => {
          const reason = unavailable[person.id];
          return (
            <label key={person.id} className="person-option">
              <input
                type="checkbox"
                name={name}
                value={person.id}
                checked={chosen.has(person.id)}
                disabled={reason !== undefined}
                onChange={(event) => toggle(person.id, event.target.checked)}
                aria-invalid={error ? true : undefined}
              />
              <span className="person-text">
                <span className="person-name">{person.name}</span>
                <span className="muted small">{reason ?? person.email}</span>
              </span>
              <RoleBadge role={person.role} />
            </label>
          );
        })}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
