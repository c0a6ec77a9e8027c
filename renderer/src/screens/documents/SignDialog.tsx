import type { VersionView } from '../../../../shared/api/documents-types';
import { CheckboxField } from '../../components/CheckboxField';
import { SignatureDialog } from '../../components/SignatureDialog';
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

  return (
    <SignatureDialog
      title={`Sign ${label} as ${duty}`}
      description={
        <>
          You sign the content frozen for review (SHA-256 <span className="mono">{shortSha(version.contentSha256)}</span>). Read it under Preview first.
        </>
      }
      meaning={`By entering your password you sign this version as its ${duty}.`}
      submitLabel={`Sign as ${duty}`}
      form={form}
      onSubmit={(event) =>
        void form.submitInput(
          event,
          {
            method: 'documents.sign',
            input: (v) => ({ versionId: version.id, meaning: option.meaning, ...v }),
            check: (v) => (option.selfApprovalWarning && v.acknowledgeSelfApproval !== 'true' ? { acknowledgeSelfApproval: 'Confirm this, or ask someone else to approve.' } : {}),
          },
          async (input) => {
            await sign(input);
            onDone(`You signed ${label} as ${duty}.`);
          },
        )
      }
      onClose={onClose}
    >
      {option.selfApprovalWarning && (
        <>
          <p className="message message-info" data-testid="self-approval-warning">
            {option.selfApprovalWarning}
          </p>
          <CheckboxField {...form.field('acknowledgeSelfApproval')}>I confirm that no one else in this organisation can approve this document.</CheckboxField>
        </>
      )}
    </SignatureDialog>
  );
}
