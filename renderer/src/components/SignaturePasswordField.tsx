import { TextField } from './TextField';
import type { FieldBinding } from '../hooks/use-form';

interface SignaturePasswordFieldProps extends FieldBinding {
  /** What entering the password means here, e.g. "By entering your password you sign this version as its author." */
  meaning: string;
}

/**
 * The password re-entry of an electronic signature (21 CFR 11.200): labelled as a signature, with what
 * it signs said next to it, so nobody mistakes it for a routine login prompt.
 */
export function SignaturePasswordField({ meaning, ...binding }: SignaturePasswordFieldProps) {
  return <TextField label="Your password (electronic signature)" type="password" autoComplete="current-password" required hint={meaning} {...binding} />;
}
