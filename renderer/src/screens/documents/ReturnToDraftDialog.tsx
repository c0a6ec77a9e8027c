import type { VersionView } from '../../../../shared/api/documents-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { Dialog, DialogCancel } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { requireText } from '../../forms/validate';
import { useForm } from '../../hooks/use-form';
import { useDocumentsStore } from '../../stores/documents-store';

const INITIAL = { reason: '' };

function validate(values: typeof INITIAL): FieldErrors {
  const errors: FieldErrors = {};
  requireText(errors, 'reason', values.reason, LIMITS.text);
  return errors;
}

interface ReturnToDraftDialogProps {
  docKey: string;
  version: VersionView;
  onClose: () => void;
  onDone: (notice: string) => void;
}

/** Stops a review; the reason goes into the audit trail, and signatures given so far stay on record. */
export function ReturnToDraftDialog({ docKey, version, onClose, onDone }: ReturnToDraftDialogProps) {
  const returnToDraft = useDocumentsStore((state) => state.returnToDraft);
  const form = useForm(INITIAL);
  const label = `${docKey} v${version.version}`;
  return (
    <Dialog title={`Return ${label} to draft`} description="Signatures given so far stay on record but no longer count; the author sends it again when ready." onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) =>
          void form.submit(event, validate, async (v) => {
            await returnToDraft(version.id, v.reason.trim());
            onDone(`${label} is a draft again.`);
          })
        }
      >
        <FormError message={form.errors[FORM_ERROR]} />
        <TextField label="Reason" hint="Recorded in the audit trail." required maxLength={LIMITS.text} autoFocus {...form.field('reason')} />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Returning…">
            Return to draft
          </SubmitButton>
          <DialogCancel quiet />
        </div>
      </form>
    </Dialog>
  );
}
