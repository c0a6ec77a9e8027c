import { useEffect, useState } from 'react';
import type { VersionView } from '../../../../shared/api/documents-types';
import type { SessionUser, TeamMember } from '../../../../shared/api/types';
import { LIMITS } from '../../../../shared/domain/limits';
import { checkReviewRequest } from '../../../../shared/documents/workflow';
import { FORM_ERROR, messageOf, type FieldErrors } from '../../api/field-errors';
import { SignatureDialog } from '../../components/SignatureDialog';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useDocumentsStore } from '../../stores/documents-store';
import { useUsersStore } from '../../stores/users-store';
import { PeopleChecklist, idsOf } from './PeopleChecklist';
import { eligibleFor, personOf } from './workflow-view';

const INITIAL = { reviewers: '', approvers: '', changeNote: '', password: '' };

/** The shared rule, run on the people chosen, so a refusal shows at the right group before any round trip. */
function validator(user: SessionUser, members: TeamMember[]) {
  return (values: typeof INITIAL): FieldErrors => {
    const errors: FieldErrors = {};
    const pick = (ids: number[]) => members.filter((m) => ids.includes(m.id)).map((m) => ({ id: m.id, name: m.name, role: m.role, active: m.active }));
    const check = checkReviewRequest(personOf(user), pick(idsOf(values.reviewers)), pick(idsOf(values.approvers)));
    if (!check.ok) errors[check.field ?? FORM_ERROR] = check.message;
    if (values.changeNote.trim().length > LIMITS.text) errors.changeNote = `At most ${LIMITS.text} characters.`;
    if (!values.password) errors.password = 'Sign with your password to send the version.';
    return errors;
  };
}

interface SendForReviewDialogProps {
  version: VersionView;
  docKey: string;
  user: SessionUser;
  onClose: () => void;
  onDone: (notice: string) => void;
}

/** Freezes the draft, signs it as author and names who reviews and who approves it. */
export function SendForReviewDialog({ version, docKey, user, onClose, onDone }: SendForReviewDialogProps) {
  const members = useUsersStore((state) => state.members);
  const sendForReview = useDocumentsStore((state) => state.sendForReview);
  const form = useForm(INITIAL);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    useUsersStore
      .getState()
      .load()
      .catch((caught: unknown) => setLoadError(messageOf(caught)));
  }, []);

  const team = members ?? [];
  const approverIds = idsOf(form.values.approvers);
  const selfApproving = approverIds.includes(user.id);
  return (
    <SignatureDialog
      title={`Send ${docKey} v${version.version} for review`}
      description="The content is frozen as it is now; reviewers sign first, then approvers."
      meaning="By entering your password you sign this version as its author."
      submitLabel="Sign and send for review"
      busyLabel="Signing and sending…"
      form={form}
      otherError={loadError}
      wide
      onSubmit={(event) =>
        void form.submit(event, validator(user, team), async (v) => {
          await sendForReview({ versionId: version.id, reviewers: idsOf(v.reviewers), approvers: idsOf(v.approvers), changeNote: v.changeNote.trim(), password: v.password });
          onDone(`${docKey} v${version.version} was signed by you as author and sent for review.`);
        })
      }
      onClose={onClose}
    >
      {members === null ? (
        <p className="muted">Loading the team…</p>
      ) : (
        <div className="field-grid">
          <PeopleChecklist
            legend="Reviewers (optional)"
            hint="Reviewers, approvers and owners may review. They sign before any approver."
            people={eligibleFor('reviewer', team)}
            unavailable={{ [user.id]: 'You cannot review what you wrote.' }}
            emptyText="Nobody else on the team may review."
            {...form.field('reviewers')}
          />
          <PeopleChecklist
            legend="Approvers (at least one)"
            hint="Approvers and owners may approve. The version is approved once all of them have signed."
            people={eligibleFor('approver', team)}
            emptyText="Nobody on the team may approve: add an approver on the Team screen."
            {...form.field('approvers')}
          />
        </div>
      )}
      {selfApproving && (
        <p className="message message-info small">
          You are naming yourself as approver. When you approve you will be asked to confirm that nobody else can; the PDF will show it as a self-approval.
        </p>
      )}
      <TextField label="Change note" hint="What this version changes and why; printed in the revision history." maxLength={LIMITS.text} {...form.field('changeNote')} />
    </SignatureDialog>
  );
}
