import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { useForm } from '../../hooks/use-form';
import { useSessionStore } from '../../stores/session-store';
import { PasswordGate } from './PasswordGate';
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
  const form = useForm({ email: candidates.length === 1 ? (candidates[0]?.email ?? '') : '', password: '' }, { guardUnsaved: false });

  return (
    <PasswordGate
      titleId="sign-in-title"
      title={`Sign in to ${project?.productName ?? ''}`}
      subtitle={
        <>
          {project?.manufacturer} · <span className="mono">{project?.path}</span>
        </>
      }
      password={form.field('password')}
      formError={form.errors[FORM_ERROR]}
      submitLabel="Sign in"
      busyLabel="Signing in…"
      busy={form.busy}
      onSubmit={(event) => void form.submit(event, validate, (v) => signIn(v.email, v.password))}
    >
      <PersonPicker candidates={candidates} {...form.field('email')} />
    </PasswordGate>
  );
}
