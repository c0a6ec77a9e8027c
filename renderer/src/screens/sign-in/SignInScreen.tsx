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
  if (!values.email) errors.email = 'Choose who you are.';
  if (!values.password) errors.password = 'Required.';
  return errors;
}

/** A project is open: the person says who they are and proves it with their password. */
export function SignInScreen() {
  const project = useSessionStore((state) => state.status?.project);
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
        <h1 id="sign-in-title">Sign in to {project?.productName}</h1>
        <p className="muted small">
          {project?.manufacturer} · <span className="mono">{project?.path}</span>
        </p>
        <form noValidate onSubmit={(event) => void form.submit(event, validate, (v) => signIn(v.email, v.password))}>
          <FormError message={form.errors[FORM_ERROR] ?? closeError ?? undefined} />
          <PersonPicker candidates={candidates} {...form.field('email')} />
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
