import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { generateUserKey, unlockKey } from '../../electron/core/signing/user-keys';

/** The self-signed certificate is signed by Node's native RSA (not forge's): both readers must accept it. */
describe('generated signing certificates', () => {
  it('verify under Node and under node-forge, carry sha256WithRSA, and match the sealed private key', () => {
    const stored = generateUserKey({ name: 'Zoë Ångström', email: 'zoe@example.com', organisation: 'Cairn Test GmbH' }, 'a-password-1', new Date('2026-01-02T03:04:05Z'));
    const x509 = new X509Certificate(stored.certificatePem);
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.checkPrivateKey(unlockKey(stored, 'a-password-1'))).toBe(true);
    const cert = forge.pki.certificateFromPem(stored.certificatePem);
    expect(cert.verify(cert)).toBe(true);
    expect(cert.signatureOid).toBe(forge.pki.oids.sha256WithRSAEncryption);
    expect(stored.subject).toBe('CN=Zoë Ångström, O=Cairn Test GmbH, E=zoe@example.com');
  });
});
