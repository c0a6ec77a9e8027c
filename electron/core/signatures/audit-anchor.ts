import { createPublicKey, sign, verify } from 'node:crypto';
import type { IntegrityProblem } from '../../../shared/api/types';
import type { AuditAnchor } from '../audit/anchors-repo';
import type { AuditHead } from '../audit/audit-repo';
import type { HandlerContext } from '../context';
import type { OpenProject } from '../projects/open-project';
import { storeGeneratedKey } from '../signing/signing-identity';
import { fingerprintOf, unlockKey } from '../signing/user-keys';

/** What an anchor signature covers: a fixed context string, so it can never be mistaken for another signature. */
export const anchorPayload = (head: AuditHead): Buffer => Buffer.from(`cairn-audit-anchor\n${head.seq}\n${head.hash}`, 'utf8');

/**
 * Signs the trail's head with the signer's private key (made now if this is their first signature), so a
 * rewrite of any history up to this moment breaks a signature nobody can remake without that key.
 */
export function anchorHead(ctx: HandlerContext, password: string, reason: string, audit: HandlerContext['audit']): AuditAnchor {
  const key = ctx.project.keys.keyOf(ctx.user.id) ?? storeGeneratedKey(ctx, password, audit);
  const head = ctx.project.audit.head();
  const anchor = ctx.project.anchors.insert({
    seq: head.seq,
    hash: head.hash,
    signerId: ctx.user.id,
    certificatePem: key.certificatePem,
    fingerprint: key.fingerprint,
    signature: sign('sha256', anchorPayload(head), unlockKey(key, password)).toString('base64'),
    reason,
    signedAt: ctx.now(),
  });
  audit({ action: 'anchor', entity: 'audit_anchor', entityId: head.seq, summary: `${ctx.user.name} signed the audit trail up to row ${head.seq} (${reason})`, after: { seq: head.seq, hash: head.hash, fingerprint: key.fingerprint } });
  return anchor;
}

/**
 * Each anchor must still hold: its row is in the trail with the same hash, its signature verifies with
 * its certificate, and that certificate is one an audited change gave the signer.
 */
export function anchorProblems(project: OpenProject, keysOfUser: ReadonlyMap<number, ReadonlySet<string>>): IntegrityProblem[] {
  const hashAt = project.db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck();
  return project.anchors.all().flatMap((anchor) => {
    const record = `row ${anchor.seq} signed ${anchor.signedAt}`;
    const problem = (detail: string): IntegrityProblem[] => [{ kind: 'anchor', table: 'audit_anchor', record, detail }];
    const stored = hashAt.get(anchor.seq) as string | undefined;
    if (stored !== anchor.hash) return problem(stored === undefined ? 'the trail no longer has the row this signature vouched for: history was cut' : 'the trail row this signature vouched for has a different hash now: history before it was rewritten');
    if (fingerprintOf(anchor.certificatePem) !== anchor.fingerprint || !keysOfUser.get(anchor.signerId)?.has(anchor.fingerprint)) return problem('its certificate was never given to the signer by an audited change');
    let valid = false;
    try {
      valid = verify('sha256', anchorPayload(anchor), createPublicKey(anchor.certificatePem), Buffer.from(anchor.signature, 'base64'));
    } catch {
      valid = false;
    }
    return valid ? [] : problem("its signature does not verify with the signer's certificate");
  });
}
