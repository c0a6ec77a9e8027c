import { LIMITS } from '../../../../shared/domain/limits';
import type { ProductProfile } from '../../../../shared/api/product-types';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { ChecksField } from '../../components/ChecksField';
import { FormError } from '../../components/FormError';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { requireText } from '../../forms/validate';
import { useProductStore } from '../../stores/product-store';
import { changesFrom, isShown, textOf, type ProductStep } from './product-steps';

interface ProductStepFormProps {
  step: ProductStep;
  profile: ProductProfile;
  onSaved(message: string): void;
}

/** One step of the profile: its fields, saved on their own with only what changed. */
export function ProductStepForm({ step, profile, onSaved }: ProductStepFormProps) {
  const update = useProductStore((state) => state.update);
  const form = useForm<Record<string, string>>(Object.fromEntries(step.fields.map((f) => [f.key, textOf(profile, f.key)])));

  function validate(values: Record<string, string>): FieldErrors {
    const errors: FieldErrors = {};
    for (const f of step.fields) {
      if (f.kind === 'line' && isShown(f, values) && (f.key === 'productName' || f.key === 'manufacturer')) {
        requireText(errors, f.key, values[f.key] ?? '');
      }
    }
    if (Object.keys(errors).length === 0 && Object.keys(changesFrom(values, step.fields, profile)).length === 0) {
      errors[FORM_ERROR] = 'Nothing has changed since the last save.';
    }
    return errors;
  }

  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.submit(event, validate, async (values) => {
          await update(changesFrom(values, step.fields, profile));
          onSaved(`${step.title} saved.`);
        })
      }
    >
      {step.fields
        .filter((f) => isShown(f, form.values))
        .map((f) =>
          f.kind === 'prose' ? (
            <TextAreaField key={f.key} label={f.label} maxLength={LIMITS.text} {...form.field(f.key)} />
          ) : f.kind === 'checks' ? (
            <ChecksField key={f.key} label={f.label} options={f.options ?? []} {...form.field(f.key)} />
          ) : f.kind === 'choice' ? (
            <SelectField key={f.key} label={f.label} options={f.options ?? []} {...form.field(f.key)} />
          ) : (
            <TextField key={f.key} label={f.label} maxLength={LIMITS.name} {...form.field(f.key)} />
          ),
        )}
      <FormError message={form.errors[FORM_ERROR]} />
      <div className="button-row">
        <SubmitButton busy={form.busy} busyLabel="Saving…">
          Save
        </SubmitButton>
      </div>
    </form>
  );
}
