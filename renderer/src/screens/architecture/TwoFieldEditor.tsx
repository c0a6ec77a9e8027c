import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useForm } from '../../hooks/use-form';

interface FieldSpec {
  name: string;
  label: string;
  hint: string;
  value: string;
}

interface TwoFieldEditorProps {
  first: FieldSpec;
  second: FieldSpec;
  submitLabel: string;
  onSave(first: string, second: string): Promise<void>;
  onCancel(): void;
}

/**
 * Two prose fields saved together (a segregation measure and how it is made effective; a unit's design
 * and its interfaces). Emptying both and saving clears the record; the core says what is missing.
 */
export function TwoFieldEditor({ first, second, submitLabel, onSave, onCancel }: TwoFieldEditorProps) {
  const form = useForm({ [first.name]: first.value, [second.name]: second.value });
  return (
    <form
      className="inline-editor"
      noValidate
      onSubmit={(event) =>
        void form.submit(
          event,
          () => ({}),
          async (values) => onSave(values[first.name] ?? '', values[second.name] ?? ''),
        )
      }
    >
      <TextAreaField label={first.label} hint={first.hint} maxLength={LIMITS.text} rows={3} {...form.field(first.name)} />
      <TextAreaField label={second.label} hint={second.hint} maxLength={LIMITS.text} rows={3} {...form.field(second.name)} />
      <FormError message={form.errors[FORM_ERROR]} />
      <div className="button-row">
        <SubmitButton busy={form.busy} busyLabel="Saving…">
          {submitLabel}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
