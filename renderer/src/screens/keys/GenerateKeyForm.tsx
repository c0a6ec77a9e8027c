import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SignaturePasswordField } from '../../components/SignaturePasswordField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useKeysStore } from '../../stores/keys-store';
import { useSessionStore } from '../../stores/session-store';
import { OWNER_APPROVAL, OwnerApprovalFields, ownerSignatureOf } from './OwnerApprovalFields';

const INITIAL = { password: '', ...OWNER_APPROVAL };

function validator(askOwner: boolean) {
  return (values: typeof INITIAL): FieldErrors => {
    const errors: FieldErrors = values.password ? {} : { password: 'Required.' };
    if (askOwner && !values['owner.email'].trim()) errors['owner.email'] = 'Required.';
    if (askOwner && !values['owner.password']) errors['owner.password'] = 'Required.';
    return errors;
  };
}

/**
 * A new RSA key and self-signed certificate, trusted in this project because the project made it. A first
 * key needs nobody's approval; a replacement is an owner's e-signed trust change.
 */
export function GenerateKeyForm({ replacing, onNotice }: { replacing: boolean; onNotice: (text: string) => void }) {
  const generate = useKeysStore((state) => state.generate);
  const isOwner = useSessionStore((state) => state.status?.user?.role === 'owner');
  const askOwner = replacing && !isOwner;
  const form = useForm(INITIAL);
  return (
    <form
      className="subform"
      aria-labelledby="generate-key-title"
      noValidate
      onSubmit={(event) =>
        void form.submit(event, validator(askOwner), async (v) => {
          await generate({ password: v.password, ...ownerSignatureOf(v, askOwner) });
          form.reset(INITIAL);
          onNotice('A new signing key was generated for you.');
        })
      }
    >
      <h3 id="generate-key-title">{replacing ? 'Generate a new key' : 'Generate a key'}</h3>
      <FormError message={form.errors[FORM_ERROR]} />
      {replacing && isOwner ? (
        <SignaturePasswordField
          meaning="PDFs signed with the old key stay valid. As an owner, your password signs this key change as “approved trust change”."
          {...form.field('password')}
        />
      ) : (
        <TextField
          label="Your password"
          type="password"
          autoComplete="current-password"
          hint={replacing ? 'PDFs signed with the old key stay valid; new ones use the new key.' : 'The key is encrypted with it.'}
          required
          {...form.field('password')}
        />
      )}
      {askOwner && <OwnerApprovalFields email={form.field('owner.email')} password={form.field('owner.password')} />}
      <SubmitButton busy={form.busy} busyLabel="Generating…" variant="plain">
        Generate key
      </SubmitButton>
    </form>
  );
}
