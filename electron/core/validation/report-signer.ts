import { randomBytes } from 'node:crypto';
import { generateUserKey, unlockKey } from '../signing/user-keys';
import type { PdfSigner } from '../signing/sign-pdf';

/** Who signed a validation report, as the report and the evidence file name them. */
export interface ReportSignature {
  email: string;
  fingerprint: string;
  signedAt: string;
}

/**
 * A signer for one validation report. `cairn validate` runs outside every project, so no project key of
 * the person is at hand: a key pair and self-signed certificate are made for this run alone, naming the
 * person, and its fingerprint goes into the report and the evidence so the signature can be traced to it.
 */
export function reportSigner(email: string, now: Date): { signer: PdfSigner; signature: ReportSignature } {
  // The private key lives only in memory for this run: the passphrase exists to satisfy the stored format.
  const passphrase = randomBytes(18).toString('base64url');
  const stored = generateUserKey({ name: email, email, organisation: 'Cairn validation run' }, passphrase, now);
  return {
    signer: {
      key: unlockKey(stored, passphrase),
      certificatePem: stored.certificatePem,
      fields: { name: email, email, reason: 'Cairn installation and operational qualification', location: 'cairn validate' },
    },
    signature: { email, fingerprint: stored.fingerprint, signedAt: now.toISOString() },
  };
}
