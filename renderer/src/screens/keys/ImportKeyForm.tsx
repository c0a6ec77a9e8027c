import { useId } from 'react';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { readAsBase64 } from '../../files/read-file';
import { useForm } from '../../hooks/use-form';
import { useKeysStore } from '../../stores/keys-store';
import { useSessionStore } from '../../stores/session-store';
import { OWNER_APPROVAL, OwnerApprovalFields, ownerSignatureOf } from './OwnerApprovalFields';

const INITIAL = { p12Base64: '', fileName: '', p12Password: '', password: '', ...OWNER_APPROVAL };

function validator(askOwner: boolean) {
  return (values: typeof INITIAL): FieldErrors => {
    const errors: FieldErrors = {};
    if (!values.p12Base64) errors.p12Base64 = 'Choose the .p12 or .pfx file.';
    if (!values.password) errors.password = 'Required.';
    if (askOwner && !values['owner.email'].trim()) errors['owner.email'] = 'Required.';
    if (askOwner && !values['owner.password']) errors['owner.password'] = 'Required.';
    return errors;
  };
}

/** A key and certificate issued by the company's CA, brought in from a PKCS#12 file; replacing a key needs an owner's e-signature. */
export function ImportKeyForm({ replacing, onNotice }: { replacing: boolean; onNotice: (text: string) => void }) {
  const importPkcs12 = useKeysStore((state) => state.importPkcs12);
  const isOwner = useSessionStore((state) => state.status?.user?.role === 'owner');
  const askOwner = replacing && !isOwner;
  const form = useForm(INITIAL);
  const fileId = useId();
  const fileError = form.errors.p12Base64;
  return (
    <form
      className="subform"
      aria-labelledby="import-key-title"
      noValidate
      onSubmit={(event) =>
        void form.submit(event, validator(askOwner), async (v) => {
          await importPkcs12({ p12Base64: v.p12Base64, p12Password: v.p12Password, password: v.password, ...ownerSignatureOf(v, askOwner) });
          form.reset(INITIAL);
          onNotice(`The key from ${v.fileName} is now your signing key.`);
        })
      }
    >
      <h3 id="import-key-title">Import a PKCS#12 file</h3>
      <FormError message={form.errors[FORM_ERROR]} />
      <div className="field">
        <label className="field-label" htmlFor={fileId}>
          Key file (.p12, .pfx)
        </label>
        <input
          id={fileId}
          type="file"
          accept=".p12,.pfx,application/x-pkcs12"
          className="file-input"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? `${fileId}-error` : undefined}
          onChange={(event) => {
            const file = event.target.files?.[0];
            form.set('fileName', file?.name ?? '');
            if (!file) form.set('p12Base64', '');
            else readAsBase64(file).then((data) => form.set('p12Base64', data), form.showError);
          }}
        />
        {fileError && (
          <p id={`${fileId}-error`} className="field-error">
            {fileError}
          </p>
        )}
      </div>
      <TextField label="Password of the file" type="password" autoComplete="off" {...form.field('p12Password')} />
      <TextField
        label="Your password"
        type="password"
        autoComplete="current-password"
        hint={
          replacing && isOwner
            ? 'Your key is stored encrypted with it; as an owner, it also signs this key change as “approved trust change”.'
            : 'Your key is stored encrypted with it.'
        }
        required
        {...form.field('password')}
      />
      {askOwner && <OwnerApprovalFields email={form.field('owner.email')} password={form.field('owner.password')} />}
      <SubmitButton busy={form.busy} busyLabel="Importing…" variant="plain">
        Import key
      </SubmitButton>
    </form>
  );
}
