import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { useForm } from '../../hooks/use-form';
import { useSessionStore } from '../../stores/session-store';
import { PasswordGate } from './PasswordGate';

function validate(values: { password: string }): FieldErrors {
  return values.password ? {} : { password: 'Required.' };
}

/** The file's name without folder or extension: all an encrypted file shows before it is unlocked. */
function fileTitle(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.cairn$/i, '');
}

/**
 * An encrypted project file was chosen: nothing in it, not even who may sign in, is readable until a
 * team member's password unlocks it. Then the usual sign-in follows.
 */
export function UnlockScreen({ path }: { path: string }) {
  const unlock = useSessionStore((state) => state.unlock);
  const form = useForm({ password: '' }, { guardUnsaved: false });

  return (
    <PasswordGate
      titleId="unlock-title"
      title={`Unlock ${fileTitle(path)}`}
      subtitle={
        <>
          This project file is encrypted: your password unlocks it, then you sign in. · <span className="mono">{path}</span>
        </>
      }
      password={form.field('password')}
      formError={form.errors[FORM_ERROR]}
      submitLabel="Unlock"
      busyLabel="Unlocking…"
      busy={form.busy}
      onSubmit={(event) => void form.submit(event, validate, (v) => unlock(v.password))}
    />
  );
}
