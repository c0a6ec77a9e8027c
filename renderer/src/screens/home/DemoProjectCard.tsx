import { useEffect, useState } from 'react';
import { SAMPLE_STORY } from '../../../../shared/demo/sample-story';
import { LIMITS } from '../../../../shared/domain/limits';
import { bridge } from '../../api/client';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { ProgressNotice } from '../../components/ProgressNotice';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { suggestProjectPath } from '../../forms/format';
import { requireText } from '../../forms/validate';
import { useForm } from '../../hooks/use-form';
import { useJobsStore } from '../../stores/jobs-store';
import { useSessionStore } from '../../stores/session-store';

/** Printed here because a newcomer needs it to sign in as the other sample people later. */
export const DEMO_PASSWORD = 'breathwise-demo';
const DEMO_FILE = 'breathwise-sample';

function validate(values: { path: string }): FieldErrors {
  const errors: FieldErrors = {};
  requireText(errors, 'path', values.path, LIMITS.path);
  return errors;
}

/** The sample project: a realistic device and team to look around before starting a real one. */
export function DemoProjectCard({ folder }: { folder: string | null }) {
  const form = useForm({ path: suggestProjectPath(DEMO_FILE, folder) });
  const createDemo = useSessionStore((state) => state.createDemo);
  const job = useJobsStore((state) => (state.current?.method === 'project.createDemo' ? state.current : null));
  const clearJob = useJobsStore((state) => state.clear);
  const [edited, setEdited] = useState(false);
  const { set } = form;

  useEffect(() => {
    if (!edited) set('path', suggestProjectPath(DEMO_FILE, folder));
  }, [folder, edited, set]);

  async function run(path: string) {
    clearJob();
    try {
      await createDemo(path);
    } finally {
      clearJob();
    }
  }

  /** In the desktop app the native Save dialog takes the place of the path field. */
  async function pathThenRun(typed: string) {
    const path = bridge.native ? await bridge.chooseProjectFile('create', `${DEMO_FILE}.cairn`) : typed.trim();
    if (path) await run(path);
  }

  const pathField = form.field('path');
  return (
    <section className="card" aria-labelledby="demo-title">
      <h2 id="demo-title">Explore the sample project</h2>
      <p>
        BreathWise Home Spirometry, an example device with a four-person team. You are signed in as its owner; everyone in the sample team uses the password{' '}
        <code>{DEMO_PASSWORD}</code>.
      </p>
      <p>{SAMPLE_STORY.join(' ')}</p>
      <form noValidate onSubmit={(event) => void form.submit(event, bridge.native ? () => ({}) : validate, (v) => pathThenRun(v.path))}>
        <FormError message={form.errors[FORM_ERROR]} />
        {!bridge.native && (
          <TextField
            label="Save the sample as"
            required
            {...pathField}
            onChange={(value) => {
              setEdited(true);
              pathField.onChange(value);
            }}
          />
        )}
        {form.busy && <ProgressNotice label={job?.label ?? 'Creating the sample project…'} fraction={job?.fraction} />}
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Creating the sample…" variant="plain">
            {bridge.native ? 'Explore the sample project…' : 'Explore the sample project'}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
