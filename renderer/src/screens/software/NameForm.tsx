import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { requireText } from '../../forms/validate';
import { useForm } from '../../hooks/use-form';

interface NameFormProps {
  label: string;
  submitLabel: string;
  initial?: string;
  onSubmit(name: string): Promise<void>;
  onCancel?: () => void;
}

/** A one-field form naming a system, item or unit; used to add and to rename. */
export function NameForm({ label, submitLabel, initial = '', onSubmit, onCancel }: NameFormProps) {
  const form = useForm({ name: initial });

  function validate(values: { name: string }): FieldErrors {
    const errors: FieldErrors = {};
    requireText(errors, 'name', values.name);
    return errors;
  }

  return (
    <form
      className="name-form"
      noValidate
      onSubmit={(event) =>
        void form.submit(event, validate, async (values) => {
          await onSubmit(values.name.trim());
          form.reset({ name: '' });
        })
      }
    >
      <TextField label={label} maxLength={LIMITS.name} autoFocus={Boolean(onCancel)} {...form.field('name')} />
      <div className="button-row">
        <SubmitButton busy={form.busy} busyLabel="Saving…">
          {submitLabel}
        </SubmitButton>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <FormError message={form.errors[FORM_ERROR]} />
    </form>
  );
}
