import type { VersionView } from '../../../../shared/api/documents-types';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { CheckboxField } from '../../components/CheckboxField';
import { Dialog, DialogCancel } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { SignaturePasswordField } from '../../components/SignaturePasswordField';
import { SubmitButton } from '../../components/SubmitButton';
import { useForm } from '../../hooks/use-form';
import { useDocumentsStore } from '../../stores/documents-store';
import { DUTY_OF, shortSha, type SignOption } from './workflow-view';

const INITIAL = { password: '', acknowledgeSelfApproval: '' };

interface SignDialogProps {
  docKey: string;
  version: VersionView;
  option: SignOption;
  onClose: () => void;
  onDone: (notice: string) => void;
}

/** One e-signature on a version in review: the meaning is said up front and the password re-entered. */
export function SignDialog({ docKey, version, option, onClose, onDone }: SignDialogProps) {
  const sign = useDocumentsStore((state) => state.sign);
  const form = useForm(INITIAL);
  const duty = DUTY_OF[option.meaning];
  const label = `${docKey} v${version.version}`;

  function validate(values: typeof INITIAL): FieldErrors {
    const errors: FieldErrors = {};
    if (!values.password) errors.password = 'Sign with your password.';
    if (option.selfApprovalWarning && values.acknowledgeSelfApproval !== 'true') {
      errors.acknowledgeSelfApproval = 'Confirm this, or ask someone else to approve.';
    }
    return errors;
  }

  return (
    <Dialog
      title={`Sign ${label} as ${duty}`}
      description={
        <>
          You sign the content frozen for review (SHA-256 <span className="mono">{shortSha(version.contentSha256)}</span>). Read
          it under Preview first.
        </>
      }
      onClose={onClose}
    >
      <form
        noValidate
        onSubmit={(event) =>
          void form.submit(event, validate, async (v) => {
            await sign({ versionId: version.id, meaning: option.meaning, password: v.password, acknowledgeSelfApproval: v.acknowledgeSelfApproval === 'true' });
            onDone(`You signed ${label} as ${duty}.`);
          })
        }
      >
        <FormError message={form.errors[FORM_ERROR]} />
        {option.selfApprovalWarning && (
          <>
            <p className="message message-info" data-testid="self-approval-warning">
              {option.selfApprovalWarning}
            </p>
            <CheckboxField {...form.field('acknowledgeSelfApproval')}>
              I confirm that no one else in this organisation can approve this document.
            </CheckboxField>
          </>
        )}
        <SignaturePasswordField meaning={`By entering your password you sign this version as its ${duty}.`} {...form.field('password')} />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Signing…">
            Sign as {duty}
          </SubmitButton>
          <DialogCancel quiet />
        </div>
      </form>
    </Dialog>
  );
}
