import { useState } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR, messageOf, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useSessionStore } from '../../stores/session-store';

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
  const close = useSessionStore((state) => state.close);
  const form = useForm({ email: '', password: '' }, { guardUnsaved: false });
  const [closeError, setCloseError] = useState<string | null>(null);

  async function closeProject() {
    try {
      await close();
    } catch (error) {
      setCloseError(messageOf(error));
    }
  }

  return (
    <main className="page-centered">
      <div className="brand">
        <span className="brand-name">Cairn</span>
      </div>
      <section className="card narrow" aria-labelledby="unlock-title">
        <h1 id="unlock-title">Unlock {fileTitle(path)}</h1>
        <p className="muted small">
          This project file is encrypted: your e-mail address and password unlock it and sign you in. · <span className="mono">{path}</span>
        </p>
        <form noValidate onSubmit={(event) => void form.submit(event, validate, (v) => signIn(v.email.trim(), v.password))}>
          <FormError message={form.errors[FORM_ERROR] ?? closeError ?? undefined} />
          <TextField label="E-mail" type="email" autoComplete="username" required maxLength={LIMITS.email} {...form.field('email')} />
          <TextField label="Password" type="password" autoComplete="current-password" required {...form.field('password')} />
          <div className="button-row">
            <SubmitButton busy={form.busy} busyLabel="Unlocking…">
              Unlock and sign in
            </SubmitButton>
            <button type="button" className="button button-quiet" onClick={() => void closeProject()}>
              Close project
            </button>
          </div>
        </form>
      </section>
    </main>
  );
}
