import type { FormEvent, ReactNode } from 'react';
import { FORM_ERROR, type FieldErrors } from '../api/field-errors';
import type { FieldBinding } from '../hooks/use-form';
import { Dialog, DialogCancel } from './Dialog';
import { FormError } from './FormError';
import { SignaturePasswordField } from './SignaturePasswordField';
import { SubmitButton } from './SubmitButton';

/** The part of a useForm whose values include `password` that the dialog shows. */
interface SignatureForm {
  errors: FieldErrors;
  busy: boolean;
  field: (name: 'password') => FieldBinding;
}

interface SignatureDialogProps {
  title: string;
  /** What is signed, said before anything is typed. */
  description: ReactNode;
  /** What entering the password means, beside the password field. */
  meaning: string;
  submitLabel: string;
  /** What the button says while the signature is recorded; "Signing…" unless the step does more. */
  busyLabel?: string;
  form: SignatureForm;
  /** A refusal from outside the form (loading what the dialog offers), shown where the form's own goes. */
  otherError?: string | null;
  wide?: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  /** Fields the signature comes with (an acknowledgement, a note), above the password. */
  children?: ReactNode;
}

/**
 * Every electronic signature in a dialog looks and behaves the same: what is signed up front, the
 * password re-entered under a label that says it is a signature (21 CFR 11.200), the refusal of a wrong
 * password next to that field, one "sign" button and a quiet cancel.
 */
export function SignatureDialog({ title, description, meaning, submitLabel, busyLabel = 'Signing…', form, otherError, wide, onSubmit, onClose, children }: SignatureDialogProps) {
  return (
    <Dialog title={title} description={description} onClose={onClose} wide={wide}>
      <form noValidate className="dialog-form" onSubmit={onSubmit}>
        <FormError message={form.errors[FORM_ERROR] ?? otherError ?? undefined} />
        {children}
        <SignaturePasswordField meaning={meaning} {...form.field('password')} />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel={busyLabel}>
            {submitLabel}
          </SubmitButton>
          <DialogCancel quiet />
        </div>
      </form>
    </Dialog>
  );
}
