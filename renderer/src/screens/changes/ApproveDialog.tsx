import type { ChangeView } from '../../../../shared/api/changes-types';
import { SignatureDialog } from '../../components/SignatureDialog';
import { useForm } from '../../hooks/use-form';
import { useChangesStore } from '../../stores/changes-store';

/** Approval is an e-signature: the password again, with what signing means said beside it. */
export function ApproveDialog({ change, onClose, onApproved }: { change: ChangeView; onClose: () => void; onApproved: (suspect: number) => void }) {
  const approve = useChangesStore((s) => s.approve);
  const form = useForm({ password: '' }, { guardUnsaved: false });

  return (
    <SignatureDialog
      title={`Approve ${change.humanId}`}
      description="Approving freezes the impact analysis and marks every affected trace link suspect until it is reviewed."
      meaning={`By entering your password you sign ${change.humanId} as approved, with its impact analysis and significance assessments as shown.`}
      submitLabel="Approve and sign"
      form={form}
      onSubmit={(event) =>
        void form.submitInput(event, { method: 'changes.approve', input: (v) => ({ id: change.id, password: v.password }) }, async (input) => {
          onApproved(await approve(input.id, input.password));
          onClose();
        })
      }
      onClose={onClose}
    />
  );
}
