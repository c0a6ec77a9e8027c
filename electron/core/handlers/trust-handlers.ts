import forge from 'node-forge';
import type { TrustedCertificateView } from '../../../shared/api/documents-types';
import type { HandlerContext, Handlers } from '../context';
import { CairnError } from '../errors';
import { approveTrustChange } from '../signatures/trust-approval';
import { fingerprintOf } from '../signing/user-keys';

type TrustHandlers = Pick<Handlers, 'trust.list' | 'trust.add' | 'trust.remove'>;

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

export const trustHandlers: TrustHandlers = {
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
    ctx.audit({
      action: 'untrust',
      entity: 'trusted_certificate',
      entityId: existing.id,
      summary: `Certificate no longer trusted: ${existing.subject}`,
      before: { fingerprint: existing.fingerprint, subject: existing.subject },
    });
    return trustedViews(ctx);
  },
};
