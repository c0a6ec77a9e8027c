import { useState } from 'react';
import { compareSafetyClasses, type SafetyClass } from '../../../../shared/regulatory/safety-class';
import type { SoftwareNode } from '../../../../shared/api/software-types';
import { api } from '../../api/client';
import { FORM_ERROR } from '../../api/field-errors';
import { Dialog, DialogCancel } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { useForm } from '../../hooks/use-form';
import { ItemPickerDialog } from './ItemPickerDialog';
import { checkRequirementFields, EMPTY_REQUIREMENT_FIELDS, ItemsField, RequirementFieldGrid } from './RequirementFieldGrid';

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

interface AddRequirementDialogProps {
  tree: SoftwareNode[];
  /** The class a requirement on no software item is held to; null while the overview loads. */
  projectClass: SafetyClass | null;
  onAdded: (humanId: string) => void;
  onClose: () => void;
}

/**
 * Adds one requirement; the labels of the fields its class requires say "(required for class X)": its items'
 * class, or the project's while none is chosen, as the walk and the consistency check hold it.
 */
export function AddRequirementDialog({ tree, projectClass, onAdded, onClose }: AddRequirementDialogProps) {
  const form = useForm(EMPTY_REQUIREMENT_FIELDS);
  const [itemIds, setItemIds] = useState<number[]>([]);
  const [picking, setPicking] = useState(false);
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
          void form.submitInput(event, { method: 'requirements.create', input: (v) => ({ ...v, itemIds }), check: checkRequirementFields }, async (input) => {
            const created = await api('requirements.create', input);
            onAdded(created.humanId);
          })
        }
      >
        <RequirementFieldGrid
          field={form.field}
          safetyClass={classOf(tree, itemIds) ?? projectClass}
          items={
            <ItemsField onChoose={() => setPicking(true)}>
              <p className="small">{itemIds.length ? names(itemIds) : 'None yet'}</p>
            </ItemsField>
          }
        />
        <FormError message={form.errors[FORM_ERROR]} />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Adding…">
            Add requirement
          </SubmitButton>
          <DialogCancel />
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
