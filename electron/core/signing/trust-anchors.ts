import { X509Certificate } from 'node:crypto';
import type { OpenProject } from '../projects/open-project';

/** Who may vouch for a signer: certificates by fingerprint, and certificates that may have issued theirs. */
export interface TrustAnchors {
  fingerprints: Set<string>;
  certificates: X509Certificate[];
}

const FINGERPRINT = /^(?:[0-9a-f]{2}:?){31}[0-9a-f]{2}$/i;

/**
 * The project's trusted list plus what the command line gave: each entry a PEM certificate or a SHA-256
 * fingerprint. An entry that is neither is reported, not silently ignored.
 */
export function trustAnchors(project: OpenProject | null, given: readonly string[], problems: string[]): TrustAnchors {
  const anchors: TrustAnchors = { fingerprints: new Set(), certificates: [] };
  const addCertificate = (pem: string) => {
    const cert = new X509Certificate(pem);
    anchors.certificates.push(cert);
    anchors.fingerprints.add(cert.fingerprint256.replace(/:/g, '').toLowerCase());
  };
  for (const t of project?.keys.trusted() ?? []) addCertificate(t.certificatePem);
  for (const entry of given) {
    const text = entry.trim();
    if (FINGERPRINT.test(text)) {
      anchors.fingerprints.add(text.replace(/:/g, '').toLowerCase());
      continue;
    }
    try {
      addCertificate(text);
    } catch {
      problems.push('A trust anchor given is neither a PEM certificate nor a SHA-256 fingerprint.');
    }
  }
  return anchors;
}
