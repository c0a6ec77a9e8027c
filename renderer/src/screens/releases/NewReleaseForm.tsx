import { FORM_ERROR } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useReleasesStore } from '../../stores/releases-store';

/** Starts the release record of a version; the version is written as test runs and problem reports write it. */
export function NewReleaseForm({ onSaved }: { onSaved(message: string): void }) {
  const create = useReleasesStore((state) => state.create);
  const form = useForm({ version: '', title: '' });
  return (
    <form
      noValidate
      className="field-grid"
      aria-label="Start a release"
      onSubmit={(event) =>
        void form.submit(
          event,
          (values) => (values.version.trim() === '' ? { version: 'Give the version, e.g. 1.0.0.' } : {}),
          async (values) => {
            await create(values.version.trim(), values.title);
            form.reset({ version: '', title: '' });
            onSaved(`Release ${values.version.trim()} started.`);
          },
        )
      }
    >
      <TextField label="New version" hint="As in test runs and problem reports, e.g. 1.0.0." maxLength={64} {...form.field('version')} />
      <TextField label="Title (optional)" maxLength={200} {...form.field('title')} />
      <FormError message={form.errors[FORM_ERROR]} />
      <div className="button-row">
        <SubmitButton busy={form.busy} busyLabel="Starting…">
          Start release
        </SubmitButton>
      </div>
    </form>
  );
}
