import { useEffect, useId, useState } from 'react';
import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR, messageOf, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SignaturePasswordField } from '../../components/SignaturePasswordField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { localDate } from '../../forms/format';
import { useForm } from '../../hooks/use-form';
import { useTrustStore } from '../../stores/trust-store';

const INITIAL = { certificatePem: '', note: '', password: '' };

function validate(values: typeof INITIAL): FieldErrors {
  const errors: FieldErrors = values.certificatePem.includes('-----BEGIN CERTIFICATE-----') ? {} : { certificatePem: 'Paste a PEM certificate ("-----BEGIN CERTIFICATE-----" …).' };
  if (!values.password) errors.password = 'Required.';
  return errors;
}

/** Owners decide whose signatures this project accepts: its own generated keys and, e.g., the company CA. */
export function TrustedCertificatesCard({ onNotice }: { onNotice: (text: string) => void }) {
  const trusted = useTrustStore((state) => state.trusted);
  const { loadTrusted, trust, untrust } = useTrustStore.getState();
  const [error, setError] = useState<string | null>(null);
  const form = useForm(INITIAL);
  const pemId = useId();
  const pem = form.field('certificatePem');

  useEffect(() => {
    loadTrusted().catch((caught: unknown) => setError(messageOf(caught)));
  }, [loadTrusted]);

  async function remove(id: number, subject: string) {
    setError(null);
    try {
      await untrust(id);
      onNotice(`${subject} is no longer trusted.`);
    } catch (caught) {
      setError(messageOf(caught));
    }
  }

  return (
    <section className="card" aria-labelledby="trusted-title">
      <h2 id="trusted-title">Trusted certificates</h2>
      <p className="muted small">A signed PDF counts as trusted when its signer's certificate, or the CA that issued it, is listed here.</p>
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      {trusted === null ? (
        !error && <p className="muted">Loading…</p>
      ) : trusted.length === 0 ? (
        <p className="muted">No certificate is trusted yet.</p>
      ) : (
        <ul className="plain-list" aria-label="Trusted certificates">
          {trusted.map((cert) => (
            <li key={cert.id} className="recent-item">
              <div className="recent-item-text">
                <strong>{cert.subject}</strong>
                <p className="recent-path mono">{cert.fingerprint.slice(0, 32)}…</p>
                <p className="recent-path">
                  {cert.note ? `${cert.note} · ` : ''}added by {cert.addedBy} on {localDate(cert.addedAt)}
                </p>
              </div>
              <button type="button" className="button button-small button-danger" onClick={() => void remove(cert.id, cert.subject)}>
                Remove<span className="visually-hidden"> {cert.subject}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="trust-add"
        noValidate
        aria-labelledby="trust-add-title"
        onSubmit={(event) =>
          void form.submit(event, validate, async (v) => {
            await trust({ certificatePem: v.certificatePem.trim(), note: v.note.trim(), password: v.password });
            form.reset(INITIAL);
            onNotice('The certificate is now trusted.');
          })
        }
      >
        <h3 id="trust-add-title">Trust a certificate</h3>
        <FormError message={form.errors[FORM_ERROR]} />
        <div className="field">
          <label className="field-label" htmlFor={pemId}>
            Certificate (PEM)
          </label>
          <textarea
            id={pemId}
            className="input textarea mono"
            rows={5}
            maxLength={LIMITS.text}
            value={pem.value}
            onChange={(event) => pem.onChange(event.target.value)}
            aria-invalid={pem.error ? true : undefined}
            aria-describedby={pem.error ? `${pemId}-error` : undefined}
          />
          {pem.error && (
            <p id={`${pemId}-error`} className="field-error">
              {pem.error}
            </p>
          )}
        </div>
        <TextField label="Note" hint="Whose certificate this is, e.g. “Alder QA CA 2026”." maxLength={LIMITS.name} {...form.field('note')} />
        <SignaturePasswordField meaning="By entering your password you sign this trust change as “approved trust change”." {...form.field('password')} />
        <SubmitButton busy={form.busy} busyLabel="Adding…" variant="plain">
          Trust certificate
        </SubmitButton>
      </form>
    </section>
  );
}
