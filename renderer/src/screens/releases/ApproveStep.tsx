import { plural } from '../../../../shared/domain/words';
import { useState } from 'react';
import type { ReleaseDetail } from '../../../../shared/api/releases-types';
import { FORM_ERROR, messageOf } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SignaturePasswordField } from '../../components/SignaturePasswordField';
import { SubmitButton } from '../../components/SubmitButton';
import { useForm } from '../../hooks/use-form';
import { useReleasesStore } from '../../stores/releases-store';

interface ApproveStepProps {
  release: ReleaseDetail;
  onSaved(message: string): void;
  onError(message: string): void;
}

/** Every blocker still open, the approvals given, the e-signature and the release itself. */
export function ApproveStep({ release, onSaved, onError }: ApproveStepProps) {
  const sign = useReleasesStore((state) => state.sign);
  const doRelease = useReleasesStore((state) => state.release);
  const form = useForm({ password: '' });
  const [busy, setBusy] = useState(false);
  const { checklist } = release;
  const approved = release.signatures.some((s) => s.current);

  async function releaseNow() {
    setBusy(true);
    try {
      await doRelease();
      onSaved(`Version ${release.version} released; its baseline is frozen.`);
    } catch (caught) {
      onError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {release.status === 'released' ? (
        <p className="message message-success" data-testid="release-released">
          Released on {release.releasedAt?.slice(0, 10)}: the record and its baseline of {release.baseline.length} configuration items no longer change.
        </p>
      ) : checklist.ready ? (
        <p className="message message-success">Nothing blocks the release of {release.version}.</p>
      ) : (
        <div className="message message-error" data-testid="release-blockers">
          <p>
            <strong>{plural(checklist.blockers.length, 'blocker')} before this version can be approved:</strong>
          </p>
          <ul>
            {checklist.blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>Approvals</h3>
      {release.signatures.length === 0 ? (
        <p className="muted">Not signed yet.</p>
      ) : (
        <ul className="plain-list" data-testid="release-signatures">
          {release.signatures.map((s) => (
            <li key={s.id}>
              {s.signerName} ({s.signerRole}), {s.meaning}, {s.signedAt.replace('T', ' ').slice(0, 16)} UTC
              {!s.current && <span className="badge badge-muted"> no longer covers the record (changed since)</span>}
            </li>
          ))}
        </ul>
      )}
      {release.status === 'draft' && (
        <>
          <form
            noValidate
            onSubmit={(event) =>
              void form.submit(
                event,
                (values) => (values.password === '' ? { password: 'Enter your password to sign.' } : {}),
                async (values) => {
                  await sign(values.password);
                  form.reset({ password: '' });
                  onSaved(`Release ${release.version} approved with your signature.`);
                },
              )
            }
          >
            <SignaturePasswordField meaning={`By entering your password you approve release ${release.version} as it stands (owners and approvers).`} {...form.field('password')} />
            <FormError message={form.errors[FORM_ERROR]} />
            <div className="button-row">
              <SubmitButton busy={form.busy} busyLabel="Signing…" variant={approved ? 'plain' : 'primary'}>
                Sign the release
              </SubmitButton>
            </div>
          </form>
          <div className="button-row">
            <button type="button" className="button button-primary" aria-disabled={busy || !approved || undefined} onClick={() => void (busy || !approved || releaseNow())}>
              Release {release.version}
            </button>
            {!approved && <span className="muted small">Releasing needs an approval that covers the record as it stands.</span>}
          </div>
        </>
      )}
    </>
  );
}
