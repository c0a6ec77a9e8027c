import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';

/** The end of each risk dialog's form: the refusal that belongs to no field, the submit button and Cancel. */
export function DialogActions({ error, busy, busyLabel, label, onCancel }: { error: string | undefined; busy: boolean; busyLabel: string; label: string; onCancel: () => void }) {
  return (
    <>
      <FormError message={error} />
      <div className="button-row">
        <SubmitButton busy={busy} busyLabel={busyLabel}>
          {label}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
