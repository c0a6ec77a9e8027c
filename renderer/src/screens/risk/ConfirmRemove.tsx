import { useState } from 'react';
import { messageOf } from '../../api/field-errors';

interface ConfirmRemoveProps {
  /** What goes, as the person knows it: "RISK-3", "HARM-2 Bruising". */
  what: string;
  /** Does the removal; a refusal it throws is shown here, next to the button that asked. */
  onConfirm: () => Promise<unknown>;
  label?: string;
}

/**
 * A removal in two steps: the first click asks, the second removes. The core's refusal ("used by
 * RISK-3 …") appears in place, so it is read where the person is looking, also inside a dialog.
 */
export function ConfirmRemove({ what, onConfirm, label = 'Remove' }: ConfirmRemoveProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <span className="confirm-inline">
      {confirming ? (
        <>
          <span className="small">Remove {what}?</span>
          <button type="button" className="button button-small button-danger" autoFocus disabled={busy} onClick={() => void remove()}>
            Confirm removal<span className="visually-hidden"> of {what}</span>
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => setConfirming(false)}>
            Cancel<span className="visually-hidden"> removing {what}</span>
          </button>
        </>
      ) : (
        <button type="button" className="button button-small button-quiet" onClick={() => setConfirming(true)}>
          {label}
          <span className="visually-hidden"> {what}</span>
        </button>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
