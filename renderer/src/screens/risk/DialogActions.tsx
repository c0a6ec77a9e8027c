import { DialogCancel } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';

/**
 * The end of each risk dialog's form: the refusal that belongs to no field, the submit button and Cancel.
 * Cancel closes the dialog (asking first about unsaved text) unless `onCancel` ends something smaller, such as an inline editor.
 */
export function DialogActions({ error, busy, busyLabel, label, onCancel }: { error: string | undefined; busy: boolean; busyLabel: string; label: string; onCancel?: () => void }) {
  return (
    <>
      <FormError message={error} />
      <div className="button-row">
        <SubmitButton busy={busy} busyLabel={busyLabel}>
          {label}
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : (
          <DialogCancel />
        )}
      </div>
    </>
  );
}
