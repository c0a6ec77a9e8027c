import { useState } from 'react';
import { FORM_ERROR, messageOf, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useSessionStore } from '../../stores/session-store';
import { PersonPicker } from './PersonPicker';

function validate(values: { email: string; password: string }): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.email) errors.email = 'Say who you are.';
  if (!values.password) errors.password = 'Required.';
  return errors;
}

/** The file's name without folder or extension: all an encrypted file shows before it is unlocked. */
function fileTitle(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.cairn$/i, '');
}

/**
 * A project is open, or an encrypted one waits to be unlocked: the person says who they are and proves it
 * with their password. An encrypted file names nobody before it is unlocked, so the e-mail is typed.
 */
export function SignInScreen() {
  const project = useSessionStore((state) => state.status?.project);
  const locked = useSessionStore((state) => state.status?.locked ?? null);
  const candidates = useSessionStore((state) => state.candidates);
  const signIn = useSessionStore((state) => state.signIn);
  const close = useSessionStore((state) => state.close);
  const form = useForm({ email: candidates.length === 1 ? (candidates[0]?.email ?? '') : '', password: '' }, { guardUnsaved: false });
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
      <section className="card narrow" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to {locked ? fileTitle(locked) : project?.productName}</h1>
        <p className="muted small">
          {locked ? 'Encrypted project: your password unlocks it' : project?.manufacturer} · <span className="mono">{locked ?? project?.path}</span>
        </p>
        <form noValidate onSubmit={(event) => void form.submit(event, validate, (v) => signIn(v.email, v.password))}>
          <FormError message={form.errors[FORM_ERROR] ?? closeError ?? undefined} />
          {locked ? (
            <TextField label="E-mail" type="email" autoComplete="username" required {...form.field('email')} />
          ) : (
            <PersonPicker candidates={candidates} {...form.field('email')} />
          )}
          <TextField label="Password" type="password" autoComplete="current-password" required {...form.field('password')} />
          <div className="button-row">
            <SubmitButton busy={form.busy} busyLabel="Signing in…">
              Sign in
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
