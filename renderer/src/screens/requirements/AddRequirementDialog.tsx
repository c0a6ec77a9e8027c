import { useState } from 'react';
import { requiredFieldsFor, REQUIREMENT_FIELD_LABELS } from '../../../../shared/requirements/fields';
import { compareSafetyClasses, type SafetyClass } from '../../../../shared/regulatory/safety-class';
import type { SoftwareNode } from '../../../../shared/api/product-types';
import { api } from '../../api/client';
import { FORM_ERROR } from '../../api/field-errors';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { LIMITS } from '../../../../shared/domain/limits';
import { ItemPickerDialog } from './ItemPickerDialog';
import { METHOD_CHOICES, SOURCE_CHOICES, STATUS_CHOICES, TYPE_CHOICES } from './requirement-columns';

const EMPTY = { title: '', text: '', type: 'functional', source: '', sourceRef: '', rationale: '', acceptanceCriteria: '', verificationMethod: '', status: 'draft' };

function classOf(tree: SoftwareNode[], ids: number[]): SafetyClass | null {
  let found: SafetyClass | null = null;
  const walk = (nodes: SoftwareNode[]) =>
    nodes.forEach((n) => {
      if (ids.includes(n.id) && (found === null || compareSafetyClasses(n.effectiveClass, found) > 0)) found = n.effectiveClass;
      walk(n.children);
    });
  walk(tree);
  return found;
}

/** Adds one requirement; the labels of the fields its items' class requires say "(required for class X)". */
export function AddRequirementDialog({ tree, onAdded, onClose }: { tree: SoftwareNode[]; onAdded: (humanId: string) => void; onClose: () => void }) {
  const form = useForm(EMPTY);
  const [itemIds, setItemIds] = useState<number[]>([]);
  const [picking, setPicking] = useState(false);
  const safetyClass = classOf(tree, itemIds);
  const required = requiredFieldsFor(safetyClass);
  const label = (field: keyof typeof EMPTY) => `${REQUIREMENT_FIELD_LABELS[field]}${required.includes(field) ? ` (required${safetyClass ? ` for class ${safetyClass}` : ''})` : ''}`;
  const names = (ids: number[]) => {
    const out: string[] = [];
    const walk = (nodes: SoftwareNode[]) => nodes.forEach((n) => (ids.includes(n.id) && out.push(`${n.humanId} ${n.name}`), walk(n.children)));
    walk(tree);
    return out.join(', ');
  };

  return (
    <Dialog title="Add a requirement" description="It gets the next REQ number. Fields the class asks for can be filled in later; the table marks them." onClose={onClose} wide>
      <form
        noValidate
        onSubmit={(event) =>
          void form.submit(
            event,
            (v) => (v.text.trim() ? {} : { text: 'Write what the software shall do.' }),
            async (v) => {
              const created = await api('requirements.create', { ...v, type: v.type as 'functional', source: v.source as '', verificationMethod: v.verificationMethod as '', status: v.status as 'draft', itemIds });
              onAdded(created.humanId);
            },
          )
        }
      >
        <div className="field-grid">
          <TextField label="Title" {...form.field('title')} maxLength={LIMITS.name} className="field-wide" />
          <div className="field-wide">
            <TextAreaField label={`${label('text')}`} {...form.field('text')} rows={3} hint='One testable statement, e.g. "The app shall …".' />
          </div>
          <SelectField label={label('type')} options={TYPE_CHOICES} {...form.field('type')} />
          <SelectField label={label('source')} options={SOURCE_CHOICES} {...form.field('source')} />
          <TextField label="Source ref" hint="User need, system requirement or hazard ID" {...form.field('sourceRef')} />
          <SelectField label="Status" options={STATUS_CHOICES} {...form.field('status')} />
          <div className="field-wide">
            <TextAreaField label={label('acceptanceCriteria')} {...form.field('acceptanceCriteria')} rows={2} />
          </div>
          <SelectField label={label('verificationMethod')} options={METHOD_CHOICES} {...form.field('verificationMethod')} />
          <div className="field">
            <span className="field-label">Software items</span>
            <p className="small">{itemIds.length ? names(itemIds) : 'None yet'}</p>
            <button type="button" className="button button-small" onClick={() => setPicking(true)}>
              Choose items…
            </button>
          </div>
          <div className="field-wide">
            <TextAreaField label="Rationale" {...form.field('rationale')} rows={2} />
          </div>
        </div>
        <FormError message={form.errors[FORM_ERROR]} />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Adding…">
            Add requirement
          </SubmitButton>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
      {picking && (
        <ItemPickerDialog
          requirement={null}
          tree={tree}
          initial={itemIds}
          onSave={(ids) => {
            setItemIds(ids);
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      )}
    </Dialog>
  );
}
