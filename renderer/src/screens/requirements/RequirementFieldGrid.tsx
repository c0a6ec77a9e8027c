import type { ReactNode } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import { NEW_REQUIREMENT_FIELDS, REQUIREMENT_FIELD_LABELS, requiredFieldsFor, type RequirementField } from '../../../../shared/requirements/fields';
import type { SafetyClass } from '../../../../shared/regulatory/safety-class';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { FieldBinding } from '../../hooks/use-form';
import { METHOD_CHOICES, SOURCE_CHOICES, STATUS_CHOICES, TYPE_CHOICES } from './requirement-columns';

/** A requirement's editable fields as a form holds them (every value a string). */
export type RequirementFieldValues = Record<RequirementField, string>;
export const EMPTY_REQUIREMENT_FIELDS: RequirementFieldValues = { ...NEW_REQUIREMENT_FIELDS };

/** The client's check before saving: the statement itself is the one field nothing can do without. */
export const checkRequirementFields = (v: RequirementFieldValues) => (v.text.trim() ? {} : { text: 'Write what the software shall do.' });

/** The software items a requirement belongs to, shown the caller's way, with the button that opens the picker. */
export function ItemsField({ onChoose, children }: { onChoose: () => void; children: ReactNode }) {
  return (
    <div className="field req-items-field">
      <span className="field-label">Software items</span>
      {children}
      <button type="button" className="button button-small" onClick={onChoose}>
        Choose items…
      </button>
    </div>
  );
}

interface RequirementFieldGridProps {
  field: (name: keyof RequirementFieldValues) => FieldBinding;
  /** The class the requirement's items give it; labels of the fields that class requires say so. */
  safetyClass: SafetyClass | null;
  /** Where the software items are shown and chosen, between the verification method and the rationale. */
  items: ReactNode;
}

/** Every field of a requirement, laid out the same when adding one and in its detail panel. */
export function RequirementFieldGrid({ field, safetyClass, items }: RequirementFieldGridProps) {
  const required = requiredFieldsFor(safetyClass);
  const label = (name: keyof RequirementFieldValues) =>
    `${REQUIREMENT_FIELD_LABELS[name]}${required.includes(name) ? ` (required${safetyClass ? ` for class ${safetyClass}` : ''})` : ''}`;
  return (
    <div className="field-grid">
      <TextField label={label('title')} {...field('title')} maxLength={LIMITS.name} className="field-wide" />
      <div className="field-wide">
        <TextAreaField label={label('text')} {...field('text')} rows={3} hint='One testable statement, e.g. "The app shall …".' />
      </div>
      <SelectField label={label('type')} options={TYPE_CHOICES} {...field('type')} />
      <SelectField label={label('source')} options={SOURCE_CHOICES} {...field('source')} />
      <TextField label={label('sourceRef')} hint="User need, system requirement or hazard ID" {...field('sourceRef')} />
      <SelectField label={label('status')} options={STATUS_CHOICES} {...field('status')} />
      <div className="field-wide">
        <TextAreaField label={label('acceptanceCriteria')} {...field('acceptanceCriteria')} rows={2} />
      </div>
      <SelectField label={label('verificationMethod')} options={METHOD_CHOICES} {...field('verificationMethod')} />
      {items}
      <div className="field-wide">
        <TextAreaField label={label('rationale')} {...field('rationale')} rows={2} />
      </div>
    </div>
  );
}
