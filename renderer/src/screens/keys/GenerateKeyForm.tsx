import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useKeysStore } from '../../stores/keys-store';

const INITIAL = { password: '' };

function validate(values: typeof INITIAL): FieldErrors {
  return values.password ? {} : { password: 'Required.' };
}

/** A new RSA key and self-signed certificate, trusted in this project because the project made it. */
export function GenerateKeyForm({ replacing, onNotice }: { replacing: boolean; onNotice: (text: string) => void }) {
  const generate = useKeysStore((state) => state.generate);
  const form = useForm(INITIAL);
  return (
    <form
      className="subform"
      aria-labelledby="generate-key-title"
      noValidate
      onSubmit={(event) =>
        void form.submit(event, validate, async (v) => {
          await generate(v.password);
          form.reset(INITIAL);
          onNotice('A new signing key was generated for you.');
        })
      }
    >
      <h3 id="generate-key-title">{replacing ? 'Generate a new key' : 'Generate a key'}</h3>
      <FormError message={form.errors[FORM_ERROR]} />
      <TextField
        label="Your password"
        type="password"
        autoComplete="current-password"
        hint={replacing ? 'PDFs signed with the old key stay valid; new ones use the new key.' : 'The key is encrypted with it.'}
        required
        {...form.field('password')}
      />
      <SubmitButton busy={form.busy} busyLabel="Generating…" variant="plain">
        Generate key
      </SubmitButton>
    </form>
  );
}
