import type { ProjectInfo } from '../../../../shared/api/types';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { RecoveryKeyCard } from '../../components/RecoveryKeyCard';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useProjectSummaryStore } from '../../stores/project-summary-store';
import { useSessionStore } from '../../stores/session-store';

function validate(values: { password: string }): FieldErrors {
  return values.password ? {} : { password: 'Required.' };
}

/**
 * Whether the project file is protected at rest: the recovery key of a file just made (shown once), or,
 * for a plain file, that anyone with a copy can read it and, for an owner, the way to encrypt it.
 */
export function FileSecurityCard({ project }: { project: ProjectInfo }) {
  const recoveryKey = useSessionStore((state) => state.createdRecoveryKey);
  if (recoveryKey) return <RecoveryKeyNotice recoveryKey={recoveryKey} />;
  if (project.encrypted) return null;
  return <PlainFileNotice />;
}

function RecoveryKeyNotice({ recoveryKey }: { recoveryKey: string }) {
  const forget = useSessionStore((state) => state.forgetRecoveryKey);
  return (
    <RecoveryKeyCard title="Recovery key" recoveryKey={recoveryKey} onStored={forget}>
      This project file is encrypted: any active member’s password opens it. If every password is ever lost, only this key opens it. Cairn shows it this once and keeps no copy:
      print it or put it in your company’s safe keeping now.
    </RecoveryKeyCard>
  );
}

function PlainFileNotice() {
  const isOwner = useSessionStore((state) => state.status?.user?.role === 'owner');
  const encrypt = useSessionStore((state) => state.encrypt);
  const reload = useProjectSummaryStore((state) => state.load);
  const form = useForm({ password: '' }, { guardUnsaved: false });
  return (
    <section className="card" aria-labelledby="plain-file-title">
      <h2 id="plain-file-title">Not encrypted</h2>
      <p className="message message-info" data-testid="plain-file-warning">
        This project file is not encrypted: anyone with a copy can read every record in it.
      </p>
      {isOwner && (
        <form
          noValidate
          onSubmit={(event) =>
            void form.submit(event, validate, async (v) => {
              await encrypt(v.password);
              await reload();
            })
          }
        >
          <FormError message={form.errors[FORM_ERROR]} />
          <p className="muted small">Encrypting keeps every member’s password working and keeps the plain file beside it as a backup.</p>
          <TextField label="Your password" type="password" autoComplete="current-password" required {...form.field('password')} />
          <SubmitButton busy={form.busy} busyLabel="Encrypting…">
            Encrypt this project file
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
