import type { IntegrityProblem } from '../../../shared/api/audit-types';
import { canonicalJson, sha256Hex } from '../documents/canonical';
import type { OpenProject } from '../projects/open-project';

/** The meaning of an owner's e-signature on a change of whose signatures the project accepts. */
export const TRUST_CHANGE_MEANING = 'approved trust change';

/** What a trust-change signature covers: the certificate it lets in, by SHA-256 fingerprint. */
export const trustChangeContent = (fingerprint: string) => ({ trustChange: fingerprint });

/**
 * `verify`: every signing key and trusted certificate was let in by an owner's trust-change signature,
 * or is a person's very first key (which needs none). `firstKeys` holds each user's first key as the trail recorded it;
 * `pending` rows belong to the change being made (and approved) right now.
 */
export function unapprovedTrustProblems(project: OpenProject, firstKeys: ReadonlyMap<number, string>, pending: ReadonlySet<string>): IntegrityProblem[] {
  const approvals = project.recordSignatures.withMeaning(TRUST_CHANGE_MEANING).filter((s) => s.signerRole === 'owner');
  const approved = (entityType: string, fingerprint: string, entityId?: number) => {
    const hash = sha256Hex(canonicalJson(trustChangeContent(fingerprint)));
    return approvals.some(
      (s) => s.contentHash === hash && (s.entityType === entityType || entityType === 'trusted_certificate') && (entityId === undefined || s.entityId === entityId),
    );
  };
  const first = new Set(firstKeys.values());
  const problems: IntegrityProblem[] = [];
  for (const key of project.keys.allKeys()) {
    if (pending.has(`signing_key\u0000[${key.userId}]`)) continue;
    if (firstKeys.get(key.userId) === key.fingerprint || approved('signing_key', key.fingerprint, key.userId)) continue;
    const holder = project.users.byId(key.userId);
    problems.push({
      kind: 'trust',
      table: 'signing_key',
      record: holder?.email ?? `user ${key.userId}`,
      detail: `its key ${key.fingerprint.slice(0, 16)}… replaced an earlier one without an owner's "${TRUST_CHANGE_MEANING}" signature`,
    });
  }
  for (const cert of project.keys.trusted()) {
    if (pending.has(`trusted_certificate\u0000[${cert.id}]`)) continue;
    if (first.has(cert.fingerprint) || approved('trusted_certificate', cert.fingerprint)) continue;
    problems.push({ kind: 'trust', table: 'trusted_certificate', record: cert.subject, detail: `trusted without an owner's "${TRUST_CHANGE_MEANING}" signature` });
  }
  return problems;
}
