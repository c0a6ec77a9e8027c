import { TextField } from '../../components/TextField';
import type { FieldBinding } from '../../hooks/use-form';

/** The form values an owner's co-signature adds; named as the core names the fields, so refusals land beside them. */
export const OWNER_APPROVAL = { 'owner.email': '', 'owner.password': '' };

/**
 * An owner's electronic signature on someone else's trust change (21 CFR 11.200): the owner types their own
 * e-mail and password here, on this screen, and the change is recorded as approved by them.
 */
export function OwnerApprovalFields({ email, password }: { email: FieldBinding; password: FieldBinding }) {
  return (
    <fieldset className="fieldset">
      <legend>Owner’s approval</legend>
      <p className="muted small">Replacing a signing key changes whose signatures count as yours, so an owner of the project signs the change.</p>
      <TextField label="Owner’s e-mail" type="email" autoComplete="off" required {...email} />
      <TextField
        label="Owner’s password (electronic signature)"
        type="password"
        autoComplete="off"
        required
        hint="By entering their password the owner signs this key change as “approved trust change”."
        {...password}
      />
    </fieldset>
  );
}

/** The `owner` input of keys.generate / keys.importPkcs12 when the form asked for one. */
export function ownerSignatureOf(values: typeof OWNER_APPROVAL, asked: boolean): { owner?: { email: string; password: string } } {
  return asked ? { owner: { email: values['owner.email'].trim(), password: values['owner.password'] } } : {};
}
