import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import { bridge } from '../../api/client';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { suggestProjectPath } from '../../forms/format';
import { checkEmail, checkNewPassword, requireText } from '../../forms/validate';
import { useForm } from '../../hooks/use-form';
import { useNavStore } from '../../stores/nav-store';
import { useSessionStore } from '../../stores/session-store';

const INITIAL = {
  productName: '',
  manufacturer: '',
  'owner.name': '',
  'owner.email': '',
  'owner.password': '',
  confirmPassword: '',
  path: '',
};

function validate(values: typeof INITIAL): FieldErrors {
  const errors: FieldErrors = {};
  requireText(errors, 'productName', values.productName);
  requireText(errors, 'manufacturer', values.manufacturer);
  requireText(errors, 'owner.name', values['owner.name']);
  checkEmail(errors, 'owner.email', values['owner.email']);
  checkNewPassword(errors, 'owner.password', values['owner.password'], 'confirmPassword', values.confirmPassword);
  requireText(errors, 'path', values.path, LIMITS.path);
  return errors;
}

/** A new project file; its creator becomes the owner and is signed in straight away. */
export function CreateProjectForm({ folder }: { folder: string | null }) {
  const form = useForm(INITIAL);
  const create = useSessionStore((state) => state.create);
  const intent = useNavStore((state) => state.homeIntent);
  const askHome = useNavStore((state) => state.askHome);
  // The path follows the product name until the person edits it themselves.
  const [pathEdited, setPathEdited] = useState(false);
  const firstField = useRef<HTMLDivElement>(null);
  const { set } = form;

  useEffect(() => {
    if (!pathEdited) set('path', form.values.productName.trim() ? suggestProjectPath(form.values.productName, folder) : '');
  }, [form.values.productName, folder, pathEdited, set]);

  useEffect(() => {
    if (intent !== 'create') return;
    firstField.current?.querySelector('input')?.focus();
    askHome(null);
  }, [intent, askHome]);

  async function choosePath() {
    const chosen = await bridge.chooseProjectFile('create', suggestProjectPath(form.values.productName, null));
    if (chosen) {
      setPathEdited(true);
      set('path', chosen);
    }
  }

  const pathField = form.field('path');
  return (
    <section className="card" aria-labelledby="create-title">
      <h1 id="create-title">Create a project</h1>
      <p className="muted">One project file holds everything about one product: its team, records, documents and audit trail.</p>
      <form
        noValidate
        onSubmit={(event) =>
          void form.submit(event, validate, (v) =>
            create({
              path: v.path.trim(),
              productName: v.productName,
              manufacturer: v.manufacturer,
              owner: { name: v['owner.name'], email: v['owner.email'], password: v['owner.password'] },
            }),
          )
        }
      >
        <FormError message={form.errors[FORM_ERROR]} />
        <fieldset className="fieldset">
          <legend>Product</legend>
          <div className="field-grid">
            <div ref={firstField}>
              <TextField label="Product name" maxLength={LIMITS.name} required {...form.field('productName')} />
            </div>
            <TextField label="Manufacturer" maxLength={LIMITS.name} required autoComplete="organization" {...form.field('manufacturer')} />
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>You, the project owner</legend>
          <div className="field-grid">
            <TextField label="Your name" autoComplete="name" required {...form.field('owner.name')} />
            <TextField label="E-mail" type="email" autoComplete="email" required {...form.field('owner.email')} />
            <TextField
              label="Password"
              type="password"
              autoComplete="new-password"
              hint={`At least ${LIMITS.passwordMin} characters.`}
              required
              {...form.field('owner.password')}
            />
            <TextField label="Confirm password" type="password" autoComplete="new-password" required {...form.field('confirmPassword')} />
          </div>
        </fieldset>
        <TextField
          label="Project file"
          hint={
            bridge.native
              ? 'Where the project file is saved.'
              : 'Full path of the new file; ".cairn" is added if missing. A bare name is saved in the folder Cairn was started from.'
          }
          required
          maxLength={LIMITS.path}
          {...pathField}
          onChange={(value) => {
            setPathEdited(true);
            pathField.onChange(value);
          }}
        />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Creating the project…">
            Create project
          </SubmitButton>
          {bridge.native && (
            <button type="button" className="button" onClick={() => void choosePath()}>
              Choose location…
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
