import { randomBytes } from 'node:crypto';
import { generateUserKey, unlockKey } from '../signing/user-keys';
import type { PdfSigner } from '../signing/sign-pdf';

/** Who signed a validation report, as the report and the evidence file name them. */
export interface ReportSignature {
  email: string;
  fingerprint: string;
  signedAt: string;
  /** The signer's certificate, written beside the report: the anchor `cairn verify-pdf --trust` checks it against. */
  certificatePem: string;
  /** The name of that file beside the report, printed in the report. */
  certificateFile: string;
}

/**
 * A signer for one validation report. `cairn validate` runs outside every project and touches none, so
 * the person's keys (kept inside each project) are not at hand: a key pair and self-signed certificate
 * are made for this run alone, naming the person. The certificate is written beside the report and its
 * fingerprint printed in it, so `cairn verify-pdf <report> --trust <certificate>` verifies the report,
 * and whoever records the report (the tool list entry) records that fingerprint with it: a report
 * re-signed later with another key no longer matches what was recorded. The private key is never
 * stored, so nobody can sign a second report with the same certificate.
 */
export function reportSigner(email: string, now: Date, certificateFile: string): { signer: PdfSigner; signature: ReportSignature } {
  // The private key lives only in memory for this run: the passphrase exists to satisfy the stored format.
  const passphrase = randomBytes(18).toString('base64url');
  const stored = generateUserKey({ name: email, email, organisation: 'Cairn validation run' }, passphrase, now);
  return {
    signer: {
      key: unlockKey(stored, passphrase),
      certificatePem: stored.certificatePem,
      fields: { name: email, email, reason: 'Cairn installation and operational qualification', location: 'cairn validate' },
    },
    signature: { email, fingerprint: stored.fingerprint, signedAt: now.toISOString(), certificatePem: stored.certificatePem, certificateFile },
  };
}
