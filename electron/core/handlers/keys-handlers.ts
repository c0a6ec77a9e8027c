import { Buffer } from 'node:buffer';
import forge from 'node-forge';
import type { TrustedCertificateView } from '../../../shared/api/document-types';
import type { HandlerContext, Handlers } from '../context';
import { requirePassword } from '../documents/workflow-steps';
import { CairnError } from '../errors';
import { approveTrustChange, type OwnerSignature } from '../signatures/trust-approval';
import type { SigningKeyRow } from '../signing/keys-repo';
import { keyInfo, makeKey, saveGeneratedKey } from '../signing/signing-identity';
import { fingerprintOf, importPkcs12 } from '../signing/user-keys';

type KeysHandlers = Pick<Handlers, 'keys.mine' | 'keys.generate' | 'keys.importPkcs12' | 'trust.list' | 'trust.add' | 'trust.remove'>;

function trustedViews(ctx: HandlerContext): TrustedCertificateView[] {
  return ctx.project.keys.trusted().map((t) => ({
    id: t.id,
    fingerprint: t.fingerprint,
    subject: t.subject,
    note: t.note,
    addedAt: t.addedAt,
    addedBy: ctx.project.users.byId(t.addedBy)?.name ?? `user ${t.addedBy}`,
  }));
}

function subjectOf(pem: string): string {
  try {
    const cert = forge.pki.certificateFromPem(pem);
    return cert.subject.attributes.map((a) => `${a.shortName ?? a.name}=${String(a.value)}`).join(', ');
  } catch {
    throw new CairnError('invalid_input', 'That is not a PEM-encoded X.509 certificate.', 'certificatePem');
  }
}

/**
 * A person's very first key needs nobody's approval; replacing it changes whose signature counts as
 * theirs, so an owner e-signs the new certificate.
 */
function approveReplacement(ctx: HandlerContext, row: SigningKeyRow, owner: OwnerSignature | undefined, password: string): void {
  if (!ctx.project.keys.keyOf(ctx.user.id)) return;
  approveTrustChange(ctx, { entityType: 'signing_key', entityId: ctx.user.id, humanId: `signing key of ${ctx.user.name}`, fingerprint: row.fingerprint }, owner, password);
}

export const keysHandlers: KeysHandlers = {
  'keys.mine': (_input, ctx) => keyInfo(ctx, ctx.project.keys.keyOf(ctx.user.id)),

  'keys.generate': (input, ctx) => {
    requirePassword(ctx, input.password);
    const row = makeKey(ctx.project, ctx.user, input.password, ctx.now());
    approveReplacement(ctx, row, input.owner, input.password);
    return keyInfo(ctx, saveGeneratedKey(ctx.project, ctx.user, row, ctx.audit));
  },

  'keys.importPkcs12': (input, ctx) => {
    requirePassword(ctx, input.password);
    const stored = importPkcs12(Buffer.from(input.p12Base64, 'base64'), input.p12Password, input.password);
    const row = { ...stored, userId: ctx.user.id, source: 'imported' as const, createdAt: ctx.now() };
    approveReplacement(ctx, row, input.owner, input.password);
    ctx.project.keys.saveKey(row);
    ctx.audit({ action: 'import_key', entity: 'signing_key', entityId: ctx.user.id, summary: `${ctx.user.name} imported a signing certificate (${row.subject})`, after: { fingerprint: row.fingerprint, subject: row.subject, notAfter: row.notAfter } });
    return keyInfo(ctx, row);
  },

  'trust.list': (_input, ctx) => trustedViews(ctx),

  'trust.add': (input, ctx) => {
    const subject = subjectOf(input.certificatePem);
    const fingerprint = fingerprintOf(input.certificatePem);
    if (ctx.project.keys.isTrusted(fingerprint)) throw new CairnError('conflict', 'That certificate is already trusted.', 'certificatePem');
    const id = ctx.project.keys.trust({ fingerprint, subject, certificatePem: input.certificatePem.trim(), note: input.note, addedBy: ctx.user.id, addedAt: ctx.now() });
    approveTrustChange(ctx, { entityType: 'trusted_certificate', entityId: id, humanId: `trusted certificate ${subject}`, fingerprint }, undefined, input.password);
    ctx.audit({ action: 'trust', entity: 'trusted_certificate', entityId: id, summary: `Certificate trusted: ${subject}`, after: { fingerprint, subject, note: input.note } });
    return trustedViews(ctx);
  },

  'trust.remove': (input, ctx) => {
    const existing = ctx.project.keys.trusted().find((t) => t.id === input.id);
    if (!existing) throw new CairnError('not_found', `There is no trusted certificate with id ${input.id}.`, 'id');
    ctx.project.keys.untrust(existing.id);
    ctx.audit({ action: 'untrust', entity: 'trusted_certificate', entityId: existing.id, summary: `Certificate no longer trusted: ${existing.subject}`, before: { fingerprint: existing.fingerprint, subject: existing.subject } });
    return trustedViews(ctx);
  },
};
