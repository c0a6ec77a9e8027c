import { useState } from 'react';
import type { ChangeView } from '../../../../shared/api/changes-types';
import { messageOf } from '../../api/field-errors';
import { Dialog } from '../../components/Dialog';
import { ScreenMessages } from '../../components/ScreenMessages';
import { SignaturePasswordField } from '../../components/SignaturePasswordField';
import { useChangesStore } from '../../stores/changes-store';

/** Approval is an e-signature: the password again, with what signing means said beside it. */
export function ApproveDialog({ change, onClose, onApproved }: { change: ChangeView; onClose: () => void; onApproved: (suspect: number) => void }) {
  const approve = useChangesStore((s) => s.approve);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    setError(null);
    try {
      onApproved(await approve(change.id, password));
      onClose();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <Dialog title={`Approve ${change.humanId}`} description="Approving freezes the impact analysis and marks every affected trace link suspect until it is reviewed." onClose={onClose}>
      <form
        className="dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <SignaturePasswordField
          name="password"
          value={password}
          error={undefined}
          onChange={setPassword}
          meaning={`By entering your password you sign ${change.humanId} as approved, with its impact analysis and significance assessments as shown.`}
        />
        <ScreenMessages error={error} notice={null} />
        <div className="button-row">
          <button type="submit" className="button button-primary">
            Approve and sign
          </button>
        </div>
      </form>
    </Dialog>
  );
}
