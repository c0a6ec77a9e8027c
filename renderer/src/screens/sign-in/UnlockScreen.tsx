import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useSessionStore } from '../../stores/session-store';
import { PasswordGate } from './PasswordGate';

function validate(values: { email: string; password: string }): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.email.trim()) errors.email = 'Required.';
  if (!values.password) errors.password = 'Required.';
  return errors;
}

/** The file's name without folder or extension: all an encrypted file shows before it is unlocked. */
function fileTitle(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.cairn$/i, '');
}

/**
 * An encrypted project file was chosen: nothing in it, not even who may sign in, is readable until a
 * team member unlocks it. The member names themselves and gives their password once: that unlocks the
 * file with their own key slot and signs them in, one step (and one key derivation) for both.
 */
export function UnlockScreen({ path }: { path: string }) {
  const signIn = useSessionStore((state) => state.signIn);
  const form = useForm({ email: '', password: '' }, { guardUnsaved: false });

  return (
    <PasswordGate
      titleId="unlock-title"
      title={`Unlock ${fileTitle(path)}`}
      subtitle={
        <>
          This project file is encrypted: your e-mail address and password unlock it and sign you in. · <span className="mono">{path}</span>
        </>
      }
      password={form.field('password')}
      formError={form.errors[FORM_ERROR]}
      submitLabel="Unlock and sign in"
      busyLabel="Unlocking…"
      busy={form.busy}
      onSubmit={(event) => void form.submit(event, validate, (v) => signIn(v.email.trim(), v.password))}
    >
      <TextField label="E-mail" type="email" autoComplete="username" required maxLength={LIMITS.email} {...form.field('email')} />
    </PasswordGate>
  );
}
