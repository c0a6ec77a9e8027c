import { useEffect, useRef } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import { bridge } from '../../api/client';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { requireText } from '../../forms/validate';
import { useForm } from '../../hooks/use-form';
import { useNavStore } from '../../stores/nav-store';
import { useSessionStore } from '../../stores/session-store';

function validate(values: { path: string }): FieldErrors {
  const errors: FieldErrors = {};
  requireText(errors, 'path', values.path, LIMITS.path);
  return errors;
}

/** Opens a `.cairn` file: a native dialog in the desktop app, a path field in the browser. */
export function OpenProjectForm() {
  const form = useForm({ path: '' }, { guardUnsaved: false });
  const open = useSessionStore((state) => state.open);
  const intent = useNavStore((state) => state.homeIntent);
  const askHome = useNavStore((state) => state.askHome);
  const container = useRef<HTMLElement>(null);

  useEffect(() => {
    if (intent !== 'open') return;
    container.current?.querySelector('input')?.focus();
    askHome(null);
  }, [intent, askHome]);

  async function chooseAndOpen() {
    const path = await bridge.chooseProjectFile('open');
    if (!path) return;
    form.set('path', path);
    try {
      await open(path);
    } catch (error) {
      form.showError(error);
    }
  }

  return (
    <section className="card" aria-labelledby="open-title" ref={container}>
      <h2 id="open-title">Open a project</h2>
      <form noValidate onSubmit={(event) => void form.submit(event, validate, (v) => open(v.path.trim()))}>
        <FormError message={form.errors[FORM_ERROR]} />
        <TextField label="Project file path" hint="For example /home/me/projects/infusion-pump.cairn" required {...form.field('path')} />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Opening…" variant="plain">
            Open
          </SubmitButton>
          {bridge.native && (
            <button type="button" className="button" onClick={() => void chooseAndOpen()}>
              Choose a file…
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
