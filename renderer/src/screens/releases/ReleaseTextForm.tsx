import type { ReleaseDetail, ReleaseFields } from '../../../../shared/api/releases-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useReleasesStore } from '../../stores/releases-store';

export interface TextFieldDef {
  key: keyof ReleaseFields;
  label: string;
  hint: string;
  /** Omitted for a one-line field. */
  rows?: number;
}

interface ReleaseTextFormProps {
  release: ReleaseDetail;
  fields: readonly TextFieldDef[];
  onSaved(message: string): void;
}

/** The release record's written parts for one step; shown read-only once the version is released. */
export function ReleaseTextForm({ release, fields, onSaved }: ReleaseTextFormProps) {
  const update = useReleasesStore((state) => state.update);
  const form = useForm(Object.fromEntries(fields.map((f) => [f.key, release[f.key]])) as Record<string, string>);

  if (release.status === 'released') {
    return (
      <dl className="facts">
        {fields.map((f) => (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd className="prose-text">{release[f.key] || '—'}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.submit(
          event,
          (values) => (fields.every((f) => values[f.key] === release[f.key]) ? { [FORM_ERROR]: 'Nothing has changed since the last save.' } : {}),
          async (values) => {
            await update(Object.fromEntries(fields.map((f) => [f.key, values[f.key] ?? ''])));
            onSaved(`Release ${release.version}: ${fields.map((f) => f.label.toLowerCase()).join(' and ')} saved.`);
          },
        )
      }
    >
      {fields.map((f) =>
        f.rows ? (
          <TextAreaField key={f.key} label={f.label} hint={f.hint} rows={f.rows} maxLength={LIMITS.text} {...form.field(f.key)} />
        ) : (
          <TextField key={f.key} label={f.label} hint={f.hint} maxLength={LIMITS.text} {...form.field(f.key)} />
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
