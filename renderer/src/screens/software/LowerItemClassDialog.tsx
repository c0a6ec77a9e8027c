import type { SoftwareNode } from '../../../../shared/api/software-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { SAFETY_CLASSES, compareSafetyClasses, type SafetyClass } from '../../../../shared/regulatory/safety-class';
import { FORM_ERROR } from '../../api/field-errors';
import { Dialog, DialogCancel } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useForm } from '../../hooks/use-form';
import { useClassificationStore } from '../../stores/classification-store';

interface LowerItemClassDialogProps {
  item: SoftwareNode;
  parentClass: SafetyClass;
  onClose(): void;
  onSaved(message: string): Promise<void>;
}

/** Classes strictly below the parent's, the only ones a segregation argument can justify. */
export function lowerClasses(parentClass: SafetyClass): SafetyClass[] {
  return SAFETY_CLASSES.filter((c) => compareSafetyClasses(c, parentClass) < 0);
}

/** Gives an item a lower class than its parent; the core refuses without a segregation rationale and its verification. */
export function LowerItemClassDialog({ item, parentClass, onClose, onSaved }: LowerItemClassDialogProps) {
  const setItemClass = useClassificationStore((state) => state.setItemClass);
  const options = lowerClasses(parentClass);
  const form = useForm({ itemClass: options[0] ?? 'A', 'segregation.rationale': '', 'segregation.verification': '' });

  return (
    <Dialog
      title={`Lower the class of ${item.humanId} ${item.name}`}
      description={`Its parent is class ${parentClass}. A lower class needs an argument that this item is kept apart from the parent's worse hazards, and a statement of how that is verified.`}
      onClose={onClose}
    >
      <form
        noValidate
        onSubmit={(event) =>
          void form.submit(
            event,
            () => ({}),
            async (values) => {
              const itemClass = SAFETY_CLASSES.find((c) => c === values.itemClass) ?? null;
              await setItemClass({
                itemId: item.id,
                itemClass,
                segregation: { rationale: values['segregation.rationale'], verification: values['segregation.verification'] },
              });
              await onSaved(`${item.humanId} is now class ${values.itemClass}.`);
            },
          )
        }
      >
        <SelectField label="Class" options={options.map((c) => ({ value: c, label: `Class ${c}` }))} {...form.field('itemClass')} />
        <TextAreaField
          label="Segregation rationale"
          hint="Why this item cannot contribute to the hazardous situations that made the parent a higher class."
          maxLength={LIMITS.text}
          rows={3}
          {...form.field('segregation.rationale')}
        />
        <TextAreaField
          label="How the segregation is verified"
          hint="The test, analysis or review that shows the separation holds."
          maxLength={LIMITS.text}
          rows={3}
          {...form.field('segregation.verification')}
        />
        <FormError message={form.errors[FORM_ERROR]} />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Saving…">
            Save class
          </SubmitButton>
          <DialogCancel />
        </div>
      </form>
    </Dialog>
  );
}
