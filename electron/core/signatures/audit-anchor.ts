import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { IntegrityProblem } from '../../../shared/api/audit-types';
import type { SessionUser } from '../../../shared/api/types';
import type { AuditAnchor } from '../audit/anchors-repo';
import type { AuditEntry, AuditHead } from '../audit/audit-repo';
import type { HandlerContext } from '../context';
import type { OpenProject } from '../projects/open-project';
import type { SigningKeyRow } from '../signing/keys-repo';
import { makeKey, saveGeneratedKey, storeGeneratedKey } from '../signing/signing-identity';
import { cairnKeywords } from '../signing/pdf-signature';
import { fingerprintOf, unlockKey } from '../signing/user-keys';

/** What an anchor signature covers: a fixed context string, so it can never be mistaken for another signature. */
export const anchorPayload = (head: AuditHead): Buffer => Buffer.from(`cairn-audit-anchor\n${head.seq}\n${head.hash}`, 'utf8');

/** Signs the trail's current head with `key` (`privateKey` its unsealed half) and records the anchor; `audit` gets the entry describing it. */
function signHead(
  project: OpenProject,
  signer: Pick<SessionUser, 'id' | 'name'>,
  key: SigningKeyRow,
  privateKey: KeyObject,
  reason: string,
  at: string,
  audit: (entry: AuditEntry) => void,
): AuditAnchor {
  const head = project.audit.head();
  const anchor = project.anchors.insert({
    seq: head.seq,
    hash: head.hash,
    signerId: signer.id,
    certificatePem: key.certificatePem,
    fingerprint: key.fingerprint,
    signature: sign('sha256', anchorPayload(head), privateKey).toString('base64'),
    reason,
    signedAt: at,
  });
  audit({
    action: 'anchor',
    entity: 'audit_anchor',
    entityId: head.seq,
    summary: `${signer.name} signed the audit trail up to row ${head.seq} (${reason})`,
    after: { seq: head.seq, hash: head.hash, fingerprint: key.fingerprint },
  });
  return anchor;
}

/**
 * Signs the trail's head with the signer's private key (made now if this is their first signature), so a
 * rewrite of any history up to this moment breaks a signature nobody can remake without that key.
 */
export function anchorHead(ctx: HandlerContext, password: string, reason: string, audit: HandlerContext['audit'], signer: SessionUser = ctx.user): AuditAnchor {
  const key = ctx.project.keys.keyOf(signer.id) ?? storeGeneratedKey(ctx, password, audit, signer);
  return signHead(ctx.project, signer, key, ctx.session.passwords.unseal(key.encryptedKeyPem, password), reason, ctx.now(), audit);
}

/** The reason the first anchor of every project carries. */
export const CREATION_REASON = 'project created';

/**
 * At creation, the owner's first key is made and signs the new trail's head, inside the creation's
 * transaction: a project always has a signed anchor, so emptying the trail, or cutting it back to before
 * its first signature, is reported without any outside input.
 */
export function anchorCreation(project: OpenProject, owner: SessionUser, password: string, at: string): void {
  const entries: AuditEntry[] = [];
  const key = saveGeneratedKey(project, owner, makeKey(project, owner, password, at), (entry) => entries.push(entry));
  // The key's own audit row lands first, so the anchor covers the head that already records the key.
  project.audit.append(entries.splice(0), owner, 'project.create', at);
  signHead(project, owner, key, unlockKey(key, password), CREATION_REASON, at, (entry) => entries.push(entry));
  project.audit.append(entries, owner, 'project.create', at);
}

/**
 * A project made by a Cairn that records row states must still hold its creation anchor; files made
 * before (whose first trail row has no row states) had none to keep.
 */
export function creationAnchorProblems(project: OpenProject, anchors: readonly AuditAnchor[]): IntegrityProblem[] {
  const first = project.db.prepare('SELECT rows_json FROM audit_log WHERE seq = 1').pluck().get() as string | null | undefined;
  if (first === null || anchors.some((a) => a.reason === CREATION_REASON)) return [];
  const detail =
    first === undefined
      ? 'the audit trail is empty and the signed creation anchor is gone: history was deleted'
      : "the project's signed creation anchor is missing: history was rewritten or cut";
  return [{ kind: 'anchor', table: 'audit_anchor', record: 'project creation', detail }];
}

/**
 * Each anchor must still hold: its row is in the trail with the same hash, its signature verifies with
 * its certificate, and that certificate is one an audited change gave the signer.
 */
export function anchorProblems(project: OpenProject, keysOfUser: ReadonlyMap<number, ReadonlySet<string>>): IntegrityProblem[] {
  const hashAt = project.db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck();
  const anchors = project.anchors.all();
  return creationAnchorProblems(project, anchors).concat(
    anchors.flatMap((anchor) => {
      const record = `row ${anchor.seq} signed ${anchor.signedAt}`;
      const problem = (detail: string): IntegrityProblem[] => [{ kind: 'anchor', table: 'audit_anchor', record, detail }];
      const stored = hashAt.get(anchor.seq) as string | undefined;
      if (stored !== anchor.hash)
        return problem(
          stored === undefined
            ? 'the trail no longer has the row this signature vouched for: history was cut'
            : 'the trail row this signature vouched for has a different hash now: history before it was rewritten',
        );
      if (fingerprintOf(anchor.certificatePem) !== anchor.fingerprint || !keysOfUser.get(anchor.signerId)?.has(anchor.fingerprint))
        return problem('its certificate was never given to the signer by an audited change');
      let valid = false;
      try {
        valid = verify('sha256', anchorPayload(anchor), createPublicKey(anchor.certificatePem), Buffer.from(anchor.signature, 'base64'));
      } catch {
        valid = false;
      }
      return valid ? [] : problem("its signature does not verify with the signer's certificate");
    }),
  );
}

/** `cairn verify --anchor`: the audit head a Cairn PDF recorded must still be in this project's history. */
export function pdfAnchorProblems(project: OpenProject, pdf: Buffer): IntegrityProblem[] {
  const keywords = cairnKeywords(pdf);
  const seq = Number(keywords.auditSeq);
  const record = keywords.docKey ? `${keywords.docKey} v${keywords.version ?? '?'}` : 'the PDF';
  if (!Number.isInteger(seq) || !keywords.auditHash)
    return [{ kind: 'anchor', table: 'audit_log', record, detail: 'the PDF records no audit head (it was not made by this version of Cairn)' }];
  const stored = project.db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(seq) as string | undefined;
  if (stored === keywords.auditHash) return [];
  const detail =
    stored === undefined
      ? `the project's history no longer reaches entry ${seq}, which the PDF was made at`
      : `entry ${seq} of the project's history differs from the one the PDF was made at: history was rewritten`;
  return [{ kind: 'anchor', table: 'audit_log', record, detail }];
}
